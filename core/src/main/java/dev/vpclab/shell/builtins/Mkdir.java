package dev.vpclab.shell.builtins;

import dev.vpclab.shell.Command;
import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.fs.Directory;
import dev.vpclab.shell.fs.Errno;
import dev.vpclab.shell.fs.FileSystem;
import dev.vpclab.shell.fs.FsResult;
import dev.vpclab.shell.fs.Node;

/** GNU {@code mkdir [-p] [-m MODE] DIR...}. */
final class Mkdir implements Command {
  private static final Options OPTIONS =
      Options.of(
          Options.flag('p', "parents"), Options.value('m', "mode"), Options.flag('v', "verbose"));

  @Override
  public CommandResult run(Invocation invocation) {
    Options.Parsed options = OPTIONS.parse(invocation.args());
    if (options.failed()) {
      return Gnu.usageError("mkdir", options.error(), 1);
    }
    if (options.operands().isEmpty()) {
      return Gnu.usageError("mkdir", "missing operand", 1);
    }
    ModeSpec mode = null;
    if (options.has("m")) {
      var parsed = ModeSpec.parse(options.value("m"));
      if (parsed.isEmpty()) {
        return CommandResult.error(
            "mkdir: invalid mode " + Gnu.localeQuote(options.value("m")) + "\n", 1);
      }
      mode = parsed.get();
    }
    int status = 0;
    for (String operand : options.operands()) {
      String failed =
          options.has("p") ? makeParents(invocation, operand) : make(invocation, operand);
      if (failed != null) {
        invocation.err(failed);
        status = 1;
      } else if (mode != null) {
        String path = invocation.resolve(operand);
        FsResult<FileSystem> changed =
            invocation.files().chmod(path, mode.applyTo(0777, true), invocation.principal());
        if (changed.isOk()) {
          invocation.setFiles(changed.get());
        }
      }
    }
    return CommandResult.status(status);
  }

  /** Creates one directory; the error line, or null. */
  private static String make(Invocation invocation, String shown) {
    FsResult<FileSystem> made =
        invocation
            .files()
            .mkdir(invocation.resolve(shown), invocation.principal(), invocation.now());
    if (!made.isOk()) {
      return error(shown, made.error());
    }
    invocation.setFiles(made.get());
    return null;
  }

  private static String makeParents(Invocation invocation, String shown) {
    String[] names = shown.split("/");
    var prefix = new StringBuilder(shown.startsWith("/") ? "/" : "");
    for (int i = 0; i < names.length; i++) {
      if (names[i].isEmpty()) {
        continue;
      }
      if (prefix.length() > 0 && prefix.charAt(prefix.length() - 1) != '/') {
        prefix.append('/');
      }
      prefix.append(names[i]);
      boolean last = i == names.length - 1;
      FsResult<Node> existing =
          invocation.files().stat(invocation.resolve(prefix.toString()), invocation.principal());
      if (existing.isOk()) {
        if (existing.get() instanceof Directory) {
          continue;
        }
        return error(last ? shown : prefix.toString(), last ? Errno.EEXIST : Errno.ENOTDIR);
      }
      String failed = make(invocation, prefix.toString());
      if (failed != null) {
        return failed;
      }
    }
    return null;
  }

  private static String error(String shown, Errno errno) {
    return "mkdir: cannot create directory "
        + Gnu.localeQuote(shown)
        + ": "
        + errno.message()
        + "\n";
  }
}
