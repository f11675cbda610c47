package dev.vpclab.shell.builtins;

import dev.vpclab.shell.Command;
import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.fs.Directory;
import dev.vpclab.shell.fs.FileSystem;
import dev.vpclab.shell.fs.FsResult;
import dev.vpclab.shell.fs.Node;
import dev.vpclab.shell.fs.Paths;

/** GNU {@code mv SOURCE... DEST}: renames, keeping owner, mode and time. */
final class Mv implements Command {
  private static final Options OPTIONS =
      Options.of(
          Options.flag('f', "force"),
          Options.flag('i', "interactive"),
          Options.flag('n', "no-clobber"),
          Options.flag('v', "verbose"));

  @Override
  public CommandResult run(Invocation invocation) {
    Options.Parsed options = OPTIONS.parse(invocation.args());
    if (options.failed()) {
      return Gnu.usageError("mv", options.error(), 1);
    }
    Targets.Checked checked = Targets.check("mv", options.operands(), invocation);
    if (checked.error() != null) {
      return checked.error();
    }
    Targets targets = checked.targets();
    int status = 0;
    for (String source : targets.sources()) {
      String error = move(invocation, source, targets.destination(source));
      if (error != null) {
        invocation.err(error);
        status = 1;
      }
    }
    return CommandResult.status(status);
  }

  private static String move(Invocation invocation, String source, String destination) {
    String from = invocation.resolve(source);
    String to = invocation.resolve(destination);
    FileSystem files = invocation.files();
    FsResult<Node> node = files.stat(from, invocation.principal());
    if (!node.isOk()) {
      return "mv: cannot stat " + Gnu.quote(source) + ": " + node.error().message() + "\n";
    }
    String fromCanonical = files.canonical(from, invocation.principal()).get();
    FsResult<String> toCanonical = files.canonical(to, invocation.principal());
    if (toCanonical.isOk() && toCanonical.get().equals(fromCanonical)) {
      return "mv: " + Gnu.quote(source) + " and " + Gnu.quote(destination) + " are the same file\n";
    }
    boolean directory = node.get() instanceof Directory;
    if (directory && Targets.within(Paths.normalize(to), fromCanonical)) {
      return "mv: cannot move "
          + Gnu.quote(source)
          + " to a subdirectory of itself, "
          + Gnu.quote(destination)
          + "\n";
    }
    FsResult<Node> existing = files.stat(to, invocation.principal());
    if (existing.isOk()) {
      if (existing.get() instanceof Directory target) {
        if (!directory) {
          return "mv: cannot overwrite directory "
              + Gnu.quote(destination)
              + " with non-directory\n";
        }
        if (!target.entries().isEmpty()) {
          return cannotMove(source, destination, "Directory not empty");
        }
      } else if (directory) {
        return "mv: cannot overwrite non-directory "
            + Gnu.quote(destination)
            + " with directory "
            + Gnu.quote(source)
            + "\n";
      }
    }
    FsResult<FileSystem> removed = files.removeTree(from, invocation.principal(), invocation.now());
    if (!removed.isOk()) {
      return cannotMove(source, destination, removed.error().message());
    }
    FileSystem moved = removed.get();
    if (existing.isOk() && existing.get() instanceof Directory) {
      FsResult<FileSystem> cleared = moved.rmdir(to, invocation.principal(), invocation.now());
      if (!cleared.isOk()) {
        return cannotMove(source, destination, cleared.error().message());
      }
      moved = cleared.get();
    }
    FsResult<FileSystem> placed =
        moved.place(to.replaceAll("/+$", ""), node.get(), invocation.principal(), invocation.now());
    if (!placed.isOk()) {
      return cannotMove(source, destination, placed.error().message());
    }
    invocation.setFiles(placed.get());
    return null;
  }

  private static String cannotMove(String source, String destination, String why) {
    return "mv: cannot move "
        + Gnu.quote(source)
        + " to "
        + Gnu.quote(destination)
        + ": "
        + why
        + "\n";
  }
}
