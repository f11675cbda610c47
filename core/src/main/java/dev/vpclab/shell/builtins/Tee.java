package dev.vpclab.shell.builtins;

import dev.vpclab.shell.Command;
import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.fs.FileSystem;
import dev.vpclab.shell.fs.FsResult;

/** GNU {@code tee [-a] FILE...}: standard input to standard output and to each file. */
final class Tee implements Command {
  private static final Options OPTIONS = Options.of(Options.flag('a', "append"));

  @Override
  public CommandResult run(Invocation invocation) {
    Options.Parsed options = OPTIONS.parse(invocation.args());
    if (options.failed()) {
      return Gnu.usageError("tee", options.error(), 1);
    }
    String text = invocation.stdin();
    var errors = new StringBuilder();
    for (String operand : options.operands()) {
      FsResult<FileSystem> written =
          invocation
              .files()
              .write(
                  invocation.resolve(operand),
                  text,
                  options.has("a"),
                  invocation.principal(),
                  invocation.now());
      if (!written.isOk()) {
        errors
            .append("tee: ")
            .append(operand)
            .append(": ")
            .append(written.error().message())
            .append('\n');
        continue;
      }
      invocation.setFiles(written.get());
    }
    invocation.err(errors.toString());
    invocation.out(text);
    return CommandResult.status(errors.length() > 0 ? 1 : 0);
  }
}
