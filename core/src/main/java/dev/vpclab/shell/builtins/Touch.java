package dev.vpclab.shell.builtins;

import dev.vpclab.shell.Command;
import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.fs.FileSystem;
import dev.vpclab.shell.fs.FsResult;

/** GNU {@code touch FILE...}: creates empty files, or sets their time to now. */
final class Touch implements Command {
  private static final Options OPTIONS =
      Options.of(Options.flag('c', "no-create"), Options.flag('a', null), Options.flag('m', null));

  @Override
  public CommandResult run(Invocation invocation) {
    Options.Parsed options = OPTIONS.parse(invocation.args());
    if (options.failed()) {
      return Gnu.usageError("touch", options.error(), 1);
    }
    if (options.operands().isEmpty()) {
      return Gnu.usageError("touch", "missing file operand", 1);
    }
    int status = 0;
    for (String operand : options.operands()) {
      String path = invocation.resolve(operand);
      if (options.has("c") && invocation.files().find(path).isEmpty()) {
        continue;
      }
      FsResult<FileSystem> touched =
          invocation.files().touch(path, invocation.principal(), invocation.now());
      if (!touched.isOk()) {
        invocation.err(
            "touch: cannot touch " + Gnu.quote(operand) + ": " + touched.error().message() + "\n");
        status = 1;
        continue;
      }
      invocation.setFiles(touched.get());
    }
    return CommandResult.status(status);
  }
}
