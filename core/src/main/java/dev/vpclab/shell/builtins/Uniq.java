package dev.vpclab.shell.builtins;

import dev.vpclab.shell.Command;
import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.fs.FsResult;

/** GNU {@code uniq [-c] [-d] [-u] [FILE]}: adjacent repeated lines once. */
final class Uniq implements Command {
  private static final Options OPTIONS =
      Options.of(
          Options.flag('c', "count"),
          Options.flag('d', "repeated"),
          Options.flag('u', "unique"),
          Options.flag('i', "ignore-case"));

  @Override
  public CommandResult run(Invocation invocation) {
    Options.Parsed options = OPTIONS.parse(invocation.args());
    if (options.failed()) {
      return Gnu.usageError("uniq", options.error(), 1);
    }
    String operand = options.operands().isEmpty() ? "-" : options.operands().get(0);
    FsResult<String> text = Inputs.read(invocation, operand);
    if (!text.isOk()) {
      return CommandResult.error("uniq: " + operand + ": " + text.error().message() + "\n", 1);
    }
    var out = new StringBuilder();
    String current = null;
    int count = 0;
    for (String raw : Inputs.lines(text.get())) {
      String line = raw.endsWith("\n") ? raw.substring(0, raw.length() - 1) : raw;
      if (current != null && same(current, line, options.has("i"))) {
        count++;
        continue;
      }
      emit(out, current, count, options);
      current = line;
      count = 1;
    }
    emit(out, current, count, options);
    return CommandResult.ok(out.toString());
  }

  private static boolean same(String a, String b, boolean ignoreCase) {
    return ignoreCase ? a.equalsIgnoreCase(b) : a.equals(b);
  }

  private static void emit(StringBuilder out, String line, int count, Options.Parsed options) {
    if (line == null) {
      return;
    }
    if ((options.has("d") && count < 2) || (options.has("u") && count > 1)) {
      return;
    }
    if (options.has("c")) {
      out.append(String.format("%7d ", count));
    }
    out.append(line).append('\n');
  }
}
