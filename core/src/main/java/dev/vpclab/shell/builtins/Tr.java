package dev.vpclab.shell.builtins;

import dev.vpclab.shell.Command;
import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.syntax.Escapes;

/**
 * GNU {@code tr SET1 [SET2]}: translate ({@code tr a-z A-Z}), delete ({@code -d}) or squeeze
 * ({@code -s}) characters of standard input. Sets take ranges, {@code [:upper:]}-style classes and
 * backslash escapes; a short SET2 is padded with its last character.
 */
final class Tr implements Command {
  private static final Options OPTIONS =
      Options.of(Options.flag('d', "delete"), Options.flag('s', "squeeze-repeats"));

  @Override
  public CommandResult run(Invocation invocation) {
    Options.Parsed options = OPTIONS.parse(invocation.args());
    if (options.failed()) {
      return Gnu.usageError("tr", options.error(), 1);
    }
    var sets = options.operands();
    boolean delete = options.has("d");
    boolean squeeze = options.has("s");
    if (sets.isEmpty()) {
      return Gnu.usageError("tr", "missing operand", 1);
    }
    if (sets.size() == 1 && !delete && !squeeze) {
      return Gnu.usageError(
          "tr",
          "missing operand after "
              + Gnu.quote(sets.get(0))
              + "\nTwo strings must be given when translating.",
          1);
    }
    String set1 = expand(sets.get(0));
    String set2 = sets.size() > 1 ? expand(sets.get(1)) : "";
    var out = new StringBuilder();
    char last = 0;
    boolean any = false;
    for (char c : invocation.stdin().toCharArray()) {
      int at = set1.indexOf(c);
      if (delete && at >= 0) {
        continue;
      }
      char mapped = c;
      if (!delete && at >= 0 && !set2.isEmpty()) {
        mapped = set2.charAt(Math.min(at, set2.length() - 1));
      }
      String squeezeSet = delete || set2.isEmpty() ? (delete ? set2 : set1) : set2;
      if (squeeze && any && mapped == last && squeezeSet.indexOf(mapped) >= 0) {
        continue;
      }
      out.append(mapped);
      last = mapped;
      any = true;
    }
    return CommandResult.ok(out.toString());
  }

  /** A set written with ranges, classes and escapes, as the characters it stands for. */
  static String expand(String set) {
    var unescaped = new StringBuilder();
    int i = 0;
    while (i < set.length()) {
      char c = set.charAt(i);
      if (c == '\\' && i + 1 < set.length()) {
        i = Escapes.decode(set, i + 1, unescaped, true);
        continue;
      }
      if (c == '[' && set.startsWith("[:", i)) {
        int close = set.indexOf(":]", i);
        if (close > 0) {
          unescaped.append(characterClass(set.substring(i + 2, close)));
          i = close + 2;
          continue;
        }
      }
      unescaped.append(c);
      i++;
    }
    String s = unescaped.toString();
    var out = new StringBuilder();
    for (int k = 0; k < s.length(); k++) {
      if (k + 2 < s.length() && s.charAt(k + 1) == '-' && s.charAt(k) <= s.charAt(k + 2)) {
        for (char c = s.charAt(k); c <= s.charAt(k + 2); c++) {
          out.append(c);
        }
        k += 2;
      } else {
        out.append(s.charAt(k));
      }
    }
    return out.toString();
  }

  private static String characterClass(String name) {
    return switch (name) {
      case "upper" -> "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
      case "lower" -> "abcdefghijklmnopqrstuvwxyz";
      case "digit" -> "0123456789";
      case "alpha" -> "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
      case "alnum" -> "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
      case "space" -> " \t\n\r\f\u000b";
      case "blank" -> " \t";
      default -> "";
    };
  }
}
