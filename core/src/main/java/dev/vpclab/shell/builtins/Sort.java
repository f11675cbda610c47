package dev.vpclab.shell.builtins;

import dev.vpclab.shell.Command;
import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.fs.FsResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * GNU {@code sort} in the C.UTF-8 locale (byte order): {@code -r}, {@code -n}, {@code -u}, {@code
 * -t SEP}, {@code -k START[,END]}; equal keys fall back to comparing whole lines, as GNU does.
 */
final class Sort implements Command {
  private static final Options OPTIONS =
      Options.of(
          Options.flag('r', "reverse"),
          Options.flag('n', "numeric-sort"),
          Options.flag('u', "unique"),
          Options.flag('f', "ignore-case"),
          Options.value('t', "field-separator"),
          Options.value('k', "key"));

  @Override
  public CommandResult run(Invocation invocation) {
    Options.Parsed options = OPTIONS.parse(invocation.args());
    if (options.failed()) {
      return Gnu.usageError("sort", options.error(), 2);
    }
    List<String> operands = options.operands().isEmpty() ? List.of("-") : options.operands();
    var lines = new ArrayList<String>();
    for (String operand : operands) {
      FsResult<String> text = Inputs.read(invocation, operand);
      if (!text.isOk()) {
        return CommandResult.error(
            "sort: cannot read: " + operand + ": " + text.error().message() + "\n", 2);
      }
      for (String line : Inputs.lines(text.get())) {
        lines.add(line.endsWith("\n") ? line.substring(0, line.length() - 1) : line);
      }
    }
    String separator = options.value("t");
    int[] key = key(options.value("k"));
    Comparator<String> byKey =
        options.has("n")
            ? Comparator.comparingDouble((String l) -> number(field(l, separator, key)))
            : Comparator.comparing(
                (String l) ->
                    options.has("f")
                        ? field(l, separator, key).toUpperCase()
                        : field(l, separator, key));
    Comparator<String> order = byKey;
    if (!options.has("u")) {
      order = order.thenComparing(Comparator.naturalOrder());
    }
    if (options.has("r")) {
      order = order.reversed();
    }
    lines.sort(order);
    var out = new StringBuilder();
    String previous = null;
    for (String line : lines) {
      if (options.has("u") && previous != null && byKey.compare(previous, line) == 0) {
        continue;
      }
      out.append(line).append('\n');
      previous = line;
    }
    return CommandResult.ok(out.toString());
  }

  /** The key's field range, 1-based, or null for the whole line. */
  private static int[] key(String spec) {
    if (spec == null) {
      return null;
    }
    String[] ends = spec.split(",");
    int from = Integer.parseInt(ends[0].replaceAll("[^0-9].*", ""));
    int to =
        ends.length > 1 ? Integer.parseInt(ends[1].replaceAll("[^0-9].*", "")) : Integer.MAX_VALUE;
    return new int[] {from, to};
  }

  private static String field(String line, String separator, int[] key) {
    if (key == null) {
      return line;
    }
    List<String> fields = new ArrayList<>();
    if (separator != null) {
      fields.addAll(List.of(line.split(java.util.regex.Pattern.quote(separator), -1)));
    } else {
      // without -t a field is its leading blanks and the non-blanks after them
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s*\\S+").matcher(line);
      while (m.find()) {
        fields.add(m.group());
      }
    }
    if (key[0] > fields.size()) {
      return "";
    }
    int to = Math.min(key[1], fields.size());
    return String.join(separator == null ? "" : separator, fields.subList(key[0] - 1, to));
  }

  private static double number(String text) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("^\\s*(-?[0-9]+(\\.[0-9]+)?)").matcher(text);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }
}
