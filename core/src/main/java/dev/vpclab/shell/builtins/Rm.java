package dev.vpclab.shell.builtins;

import dev.vpclab.outcome.Note;
import dev.vpclab.shell.Command;
import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.fs.Directory;
import dev.vpclab.shell.fs.Errno;
import dev.vpclab.shell.fs.FileSystem;
import dev.vpclab.shell.fs.FsResult;
import dev.vpclab.shell.fs.Node;
import dev.vpclab.shell.fs.Paths;

/**
 * GNU {@code rm [-f] [-r] FILE...}. Like the real one, it asks before removing a write-protected
 * file when standard input is a terminal; nobody can answer in the simulation, so the file stays
 * (as when the answer is empty) and a note says to use {@code -f}.
 */
final class Rm implements Command {
  private static final Options OPTIONS =
      Options.of(
          Options.flag('f', "force"),
          Options.flag('r', "recursive"),
          Options.flag('R', null),
          Options.flag('d', "dir"),
          Options.flag('i', null),
          Options.flag('v', "verbose"));

  @Override
  public CommandResult run(Invocation invocation) {
    Options.Parsed options = OPTIONS.parse(invocation.args());
    if (options.failed()) {
      return Gnu.usageError("rm", options.error(), 1);
    }
    boolean force = options.has("f");
    boolean recursive = options.has("r") || options.has("R");
    if (options.operands().isEmpty()) {
      return force ? CommandResult.status(0) : Gnu.usageError("rm", "missing operand", 1);
    }
    int status = 0;
    for (String operand : options.operands()) {
      String base = Paths.baseName(operand);
      if (recursive && (base.equals(".") || base.equals(".."))) {
        invocation.err(
            "rm: refusing to remove '.' or '..' directory: skipping " + Gnu.quote(operand) + "\n");
        status = 1;
        continue;
      }
      String path = invocation.resolve(operand);
      if (recursive && Paths.normalize(path).equals("/")) {
        invocation.err(
            "rm: it is dangerous to operate recursively on '/'\n"
                + "rm: use --no-preserve-root to override this failsafe\n");
        status = 1;
        continue;
      }
      FsResult<Node> node = invocation.files().stat(path, invocation.principal());
      if (!node.isOk()) {
        if (!(force && node.error() == Errno.ENOENT)) {
          invocation.err(cannotRemove(operand, node.error()));
          status = 1;
        }
        continue;
      }
      FsResult<FileSystem> removed;
      if (node.get() instanceof Directory dir) {
        if (recursive) {
          removed = invocation.files().removeTree(path, invocation.principal(), invocation.now());
        } else if (options.has("d")) {
          removed = invocation.files().rmdir(path, invocation.principal(), invocation.now());
        } else {
          invocation.err(cannotRemove(operand, Errno.EISDIR));
          status = 1;
          continue;
        }
      } else {
        if (!force && invocation.stdinIsTerminal() && !invocation.principal().may(node.get(), 2)) {
          String kind = node.get().size() == 0 ? "regular empty file" : "regular file";
          invocation.err("rm: remove write-protected " + kind + " " + Gnu.quote(operand) + "? ");
          invocation.note(
              Note.hint(
                  "rm is waiting for a yes/no answer, which nobody can type in vpclab: "
                      + operand
                      + " was kept. Use rm -f to remove it without asking."));
          continue;
        }
        removed = invocation.files().unlink(path, invocation.principal(), invocation.now());
      }
      if (!removed.isOk()) {
        invocation.err(cannotRemove(operand, removed.error()));
        status = 1;
        continue;
      }
      invocation.setFiles(removed.get());
    }
    return CommandResult.status(status);
  }

  private static String cannotRemove(String operand, Errno errno) {
    return "rm: cannot remove " + Gnu.quote(operand) + ": " + errno.message() + "\n";
  }
}
