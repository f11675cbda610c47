package dev.vpclab.shell.builtins;

import dev.vpclab.shell.Command;
import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.fs.FileSystem;
import dev.vpclab.shell.fs.FsResult;

/** GNU {@code rmdir DIR...}: removes empty directories. */
final class Rmdir implements Command {
  private static final Options OPTIONS =
      Options.of(Options.flag('p', "parents"), Options.flag('v', "verbose"));

  @Override
  public CommandResult run(Invocation invocation) {
    Options.Parsed options = OPTIONS.parse(invocation.args());
    if (options.failed()) {
      return Gnu.usageError("rmdir", options.error(), 1);
    }
    if (options.operands().isEmpty()) {
      return Gnu.usageError("rmdir", "missing operand", 1);
    }
    int status = 0;
    for (String operand : options.operands()) {
      FsResult<FileSystem> removed =
          invocation
              .files()
              .rmdir(invocation.resolve(operand), invocation.principal(), invocation.now());
      if (!removed.isOk()) {
        invocation.err(
            "rmdir: failed to remove "
                + Gnu.quote(operand)
                + ": "
                + removed.error().message()
                + "\n");
        status = 1;
        continue;
      }
      invocation.setFiles(removed.get());
    }
    return CommandResult.status(status);
  }
}
