package dev.vpclab.shell.builtins;

import dev.vpclab.shell.Command;
import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.fs.Errno;
import dev.vpclab.shell.fs.FsResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * GNU {@code head} and {@code tail}: the first or last lines ({@code -n N}, {@code -N}) or bytes
 * ({@code -c N}) of files or standard input, with {@code ==> name <==} headers for several files.
 * {@code head -n -N} drops the last N lines; {@code tail -n +N} starts at line N. {@code tail -f}
 * prints what is there and returns: simulated files do not grow.
 */
final class HeadTail implements Command {
  private static final Options OPTIONS =
      Options.of(
          Options.value('n', "lines"),
          Options.value('c', "bytes"),
          Options.flag('q', "quiet"),
          Options.flag('v', "verbose"),
          Options.flag('f', "follow"),
          Options.flag('F', null));

  private final boolean head;

  HeadTail(boolean head) {
    this.head = head;
  }

  @Override
  public CommandResult run(Invocation invocation) {
    String name = head ? "head" : "tail";
    var args = new ArrayList<String>();
    String previous = "";
    for (String arg : invocation.args()) {
      boolean isValue = previous.matches("-[nc]|--lines|--bytes");
      previous = arg;
      // the obsolete -5 and (tail) +5 forms
      if (isValue) {
        args.add(arg);
      } else if (arg.matches("-[0-9]+")) {
        args.add("-n");
        args.add(arg.substring(1));
      } else if (!head && arg.matches("\\+[0-9]+")) {
        args.add("-n");
        args.add(arg);
      } else {
        args.add(arg);
      }
    }
    Options.Parsed options = OPTIONS.parse(args);
    if (options.failed()) {
      return Gnu.usageError(name, options.error(), 1);
    }
    boolean bytes = options.has("c");
    String count = bytes ? options.value("c") : options.value("n");
    if (count == null) {
      count = "10";
    }
    if (!count.matches("[-+]?[0-9]+")) {
      return CommandResult.error(
          name
              + ": invalid number of "
              + (bytes ? "bytes" : "lines")
              + ": "
              + Gnu.localeQuote(count)
              + "\n",
          1);
    }
    List<String> operands = options.operands().isEmpty() ? List.of("-") : options.operands();
    boolean headers = options.has("v") || (operands.size() > 1 && !options.has("q"));
    int status = 0;
    boolean first = true;
    for (String operand : operands) {
      FsResult<String> text = Inputs.read(invocation, operand);
      if (!text.isOk()) {
        String what =
            text.error() == Errno.EISDIR
                ? "error reading " + Gnu.quote(operand)
                : "cannot open " + Gnu.quote(operand) + " for reading";
        invocation.err(name + ": " + what + ": " + text.error().message() + "\n");
        status = 1;
        continue;
      }
      var out = new StringBuilder();
      if (headers) {
        out.append(first ? "" : "\n")
            .append("==> ")
            .append(operand.equals("-") ? "standard input" : operand)
            .append(" <==\n");
      }
      first = false;
      out.append(bytes ? bytes(text.get(), count) : lines(text.get(), count));
      invocation.out(out.toString());
    }
    return CommandResult.status(status);
  }

  private String lines(String text, String count) {
    List<String> lines = Inputs.lines(text);
    int[] range = range(lines.size(), count);
    return String.join("", lines.subList(range[0], range[1]));
  }

  private String bytes(String text, String count) {
    byte[] all = text.getBytes(StandardCharsets.UTF_8);
    int[] range = range(all.length, count);
    return new String(Arrays.copyOfRange(all, range[0], range[1]), StandardCharsets.UTF_8);
  }

  /**
   * The [from, to) slice of n lines or bytes that a count selects: head's "K" (first K) and "-K"
   * (all but the last K), tail's "K" (last K) and "+K" (from the Kth on).
   */
  private int[] range(int n, String count) {
    long k = Long.parseLong(count.replace("+", "").replace("-", ""));
    int from;
    int to;
    if (head) {
      from = 0;
      to = count.startsWith("-") ? (int) Math.max(0, n - k) : (int) Math.min(n, k);
    } else {
      to = n;
      from =
          count.startsWith("+") ? (int) Math.min(n, Math.max(0, k - 1)) : (int) Math.max(0, n - k);
    }
    return new int[] {from, Math.max(from, to)};
  }
}
