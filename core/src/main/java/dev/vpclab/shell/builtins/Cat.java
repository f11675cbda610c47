package dev.vpclab.shell.builtins;

import dev.vpclab.shell.Command;
import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.fs.FsResult;
import java.util.List;

/** GNU {@code cat}: files (or standard input) in order; {@code -n} numbers the lines. */
final class Cat implements Command {
  private static final Options OPTIONS =
      Options.of(
          Options.flag('n', "number"),
          Options.flag('E', "show-ends"),
          Options.flag('u', null),
          Options.flag('s', "squeeze-blank"));

  @Override
  public CommandResult run(Invocation invocation) {
    Options.Parsed parsed = OPTIONS.parse(invocation.args());
    if (parsed.failed()) {
      return Gnu.usageError("cat", parsed.error(), 1);
    }
    List<String> operands = parsed.operands().isEmpty() ? List.of("-") : parsed.operands();
    int status = 0;
    int lineNumber = 0;
    for (String operand : operands) {
      FsResult<String> text = Inputs.read(invocation, operand);
      if (!text.isOk()) {
        invocation.err("cat: " + Gnu.quoteIfNeeded(operand) + ": " + text.error().message() + "\n");
        status = 1;
        continue;
      }
      String content = text.get();
      if (parsed.has("n") || parsed.has("E")) {
        var out = new StringBuilder();
        for (String line : Inputs.lines(content)) {
          if (parsed.has("n")) {
            out.append(String.format("%6d\t", ++lineNumber));
          }
          if (parsed.has("E") && line.endsWith("\n")) {
            out.append(line, 0, line.length() - 1).append("$\n");
          } else {
            out.append(line);
          }
        }
        content = out.toString();
      }
      invocation.out(content);
    }
    return CommandResult.status(status);
  }
}
