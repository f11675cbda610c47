package dev.vpclab.shell.builtins;

import java.util.regex.Pattern;

/** POSIX regular expressions (as grep reads them) translated to {@link Pattern} syntax. */
final class Regex {
  private Regex() {}

  /**
   * A basic regular expression: {@code \( \) \{ \} \| \+ \?} are operators and their unescaped
   * forms are plain characters; {@code *} at the start is plain.
   */
  static String fromBasic(String bre) {
    var out = new StringBuilder();
    int i = 0;
    boolean atStart = true;
    while (i < bre.length()) {
      char c = bre.charAt(i);
      if (c == '\\' && i + 1 < bre.length()) {
        char next = bre.charAt(i + 1);
        i += 2;
        if ("(){}|+?".indexOf(next) >= 0) {
          out.append(next);
          atStart = next == '(' || next == '|';
          continue;
        }
        out.append(escape(next));
        atStart = false;
        continue;
      }
      if (c == '[') {
        i = bracket(bre, i, out);
        atStart = false;
        continue;
      }
      if ("(){}|+?".indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else if (c == '*' && atStart) {
        out.append("\\*");
      } else if (c == '^' && !atStart) {
        out.append("\\^");
      } else if (c == '$'
          && i + 1 < bre.length()
          && !bre.startsWith("\\)", i + 1)
          && !bre.startsWith("\\|", i + 1)) {
        out.append("\\$");
      } else {
        out.append(c);
      }
      atStart = c == '^' && atStart;
      i++;
    }
    return out.toString();
  }

  /** An extended regular expression: Java's syntax, but for brackets and word boundaries. */
  static String fromExtended(String ere) {
    var out = new StringBuilder();
    int i = 0;
    while (i < ere.length()) {
      char c = ere.charAt(i);
      if (c == '\\' && i + 1 < ere.length()) {
        out.append(escape(ere.charAt(i + 1)));
        i += 2;
      } else if (c == '[') {
        i = bracket(ere, i, out);
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** The regex for {@code \c}: word boundaries and classes kept, anything else literal. */
  private static String escape(char c) {
    if (c == '<' || c == '>') {
      return "\\b";
    }
    if ("wWsSbB".indexOf(c) >= 0 || Character.isDigit(c)) {
      return "\\" + c;
    }
    return Pattern.quote(String.valueOf(c));
  }

  /** Copies a bracket expression starting at {@code [}; returns the index after it. */
  private static int bracket(String re, int start, StringBuilder out) {
    int i = start + 1;
    var body = new StringBuilder("[");
    if (i < re.length() && re.charAt(i) == '^') {
      body.append('^');
      i++;
    }
    boolean first = true;
    while (i < re.length()) {
      char c = re.charAt(i);
      if (c == ']' && !first) {
        out.append(body).append(']');
        return i + 1;
      }
      if (c == '[' && i + 1 < re.length() && re.charAt(i + 1) == ':') {
        int close = re.indexOf(":]", i + 2);
        if (close > 0) {
          body.append(posix(re.substring(i + 2, close)));
          i = close + 2;
          first = false;
          continue;
        }
      }
      if (c == '\\' || c == '[' || c == '&' || (c == '^' && !first)) {
        body.append('\\');
      }
      body.append(c);
      first = false;
      i++;
    }
    // no closing bracket: let Pattern report the error
    out.append('[');
    return start + 1;
  }

  private static String posix(String name) {
    return switch (name) {
      case "alpha" -> "\\p{Alpha}";
      case "digit" -> "\\p{Digit}";
      case "alnum" -> "\\p{Alnum}";
      case "upper" -> "\\p{Upper}";
      case "lower" -> "\\p{Lower}";
      case "space" -> "\\s";
      case "blank" -> " \\t";
      case "punct" -> "\\p{Punct}";
      case "xdigit" -> "\\p{XDigit}";
      default -> "";
    };
  }
}
