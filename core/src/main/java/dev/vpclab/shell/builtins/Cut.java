package dev.vpclab.shell.builtins;

import dev.vpclab.shell.Command;
import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.fs.FsResult;
import java.util.ArrayList;
import java.util.List;

/**
 * GNU {@code cut}: fields ({@code -f LIST}, split on {@code -d DELIM}, a tab by default) or
 * characters ({@code -c LIST}, {@code -b LIST}); a LIST is {@code N}, {@code N-M}, {@code N-},
 * {@code -M}, comma-separated.
 */
final class Cut implements Command {
  private static final Options OPTIONS =
      Options.of(
          Options.value('f', "fields"),
          Options.value('c', "characters"),
          Options.value('b', "bytes"),
          Options.value('d', "delimiter"),
          Options.flag('s', "only-delimited"));

  @Override
  public CommandResult run(Invocation invocation) {
    Options.Parsed options = OPTIONS.parse(invocation.args());
    if (options.failed()) {
      return Gnu.usageError("cut", options.error(), 1);
    }
    boolean fields = options.has("f");
    String list =
        fields ? options.value("f") : options.has("c") ? options.value("c") : options.value("b");
    if (list == null) {
      return Gnu.usageError("cut", "you must specify a list of bytes, characters, or fields", 1);
    }
    List<int[]> ranges = new ArrayList<>();
    for (String item : list.split(",")) {
      int[] range = range(item);
      if (range == null) {
        return Gnu.usageError(
            "cut",
            (fields ? "invalid field value " : "invalid byte/character position ")
                + Gnu.localeQuote(item),
            1);
      }
      if (range[0] == 0) {
        return Gnu.usageError(
            "cut",
            fields ? "fields are numbered from 1" : "byte/character positions are numbered from 1",
            1);
      }
      ranges.add(range);
    }
    String delimiter = options.has("d") ? options.value("d") : "\t";
    if (fields && delimiter.length() != 1) {
      return Gnu.usageError("cut", "the delimiter must be a single character", 1);
    }
    List<String> operands = options.operands().isEmpty() ? List.of("-") : options.operands();
    int status = 0;
    for (String operand : operands) {
      FsResult<String> text = Inputs.read(invocation, operand);
      if (!text.isOk()) {
        invocation.err("cut: " + operand + ": " + text.error().message() + "\n");
        status = 1;
        continue;
      }
      var out = new StringBuilder();
      for (String line : Inputs.lines(text.get())) {
        String body = line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
        if (fields) {
          if (!body.contains(delimiter)) {
            if (!options.has("s")) {
              out.append(body).append('\n');
            }
            continue;
          }
          String[] parts = body.split(java.util.regex.Pattern.quote(delimiter), -1);
          var chosen = new ArrayList<String>();
          for (int i = 1; i <= parts.length; i++) {
            if (selected(i, ranges)) {
              chosen.add(parts[i - 1]);
            }
          }
          out.append(String.join(delimiter, chosen)).append('\n');
        } else {
          var chosen = new StringBuilder();
          for (int i = 1; i <= body.length(); i++) {
            if (selected(i, ranges)) {
              chosen.append(body.charAt(i - 1));
            }
          }
          out.append(chosen).append('\n');
        }
      }
      invocation.out(out.toString());
    }
    return CommandResult.status(status);
  }

  /** {@code [from, to]} of one list item (to is MAX_VALUE for "N-"), or null if malformed. */
  private static int[] range(String item) {
    if (item.matches("[0-9]+")) {
      int n = Integer.parseInt(item);
      return new int[] {n, n};
    }
    if (item.matches("[0-9]+-")) {
      return new int[] {Integer.parseInt(item.substring(0, item.length() - 1)), Integer.MAX_VALUE};
    }
    if (item.matches("-[0-9]+")) {
      return new int[] {1, Integer.parseInt(item.substring(1))};
    }
    if (item.matches("[0-9]+-[0-9]+")) {
      String[] ends = item.split("-");
      return new int[] {Integer.parseInt(ends[0]), Integer.parseInt(ends[1])};
    }
    return null;
  }

  private static boolean selected(int index, List<int[]> ranges) {
    for (int[] range : ranges) {
      if (range[0] <= index && index <= range[1]) {
        return true;
      }
    }
    return false;
  }
}
