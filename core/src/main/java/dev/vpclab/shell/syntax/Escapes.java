package dev.vpclab.shell.syntax;

/** Backslash escapes as bash's {@code $'...'} and {@code echo -e} decode them. */
public final class Escapes {
  private Escapes() {}

  /**
   * Decodes the escape whose character (after the backslash) is at {@code at}, appends its value to
   * {@code out} and returns the index after it. {@code ansiC} selects {@code $'...'} rules ({@code
   * \nnn} octal, {@code \cX} control characters, {@code \'}); otherwise {@code echo -e} rules
   * ({@code \0nnn} octal). {@code \c} for echo is handled by the caller.
   */
  public static int decode(String s, int at, StringBuilder out, boolean ansiC) {
    char c = s.charAt(at);
    switch (c) {
      case 'a':
        out.append('\007');
        return at + 1;
      case 'b':
        out.append('\b');
        return at + 1;
      case 'e':
      case 'E':
        out.append('\033');
        return at + 1;
      case 'f':
        out.append('\f');
        return at + 1;
      case 'n':
        out.append('\n');
        return at + 1;
      case 'r':
        out.append('\r');
        return at + 1;
      case 't':
        out.append('\t');
        return at + 1;
      case 'v':
        out.append('\013');
        return at + 1;
      case '\\':
        out.append('\\');
        return at + 1;
      case 'x':
        return number(s, at + 1, 16, 2, out, "\\x");
      case 'u':
        return number(s, at + 1, 16, 4, out, "\\u");
      case 'U':
        return number(s, at + 1, 16, 8, out, "\\U");
      default:
        break;
    }
    if (ansiC) {
      if (c == '\'' || c == '"' || c == '?') {
        out.append(c);
        return at + 1;
      }
      if (c >= '0' && c <= '7') {
        return number(s, at, 8, 3, out, "\\");
      }
      if (c == 'c' && at + 1 < s.length()) {
        out.append((char) (Character.toUpperCase(s.charAt(at + 1)) ^ 0x40));
        return at + 2;
      }
    } else if (c == '0') {
      return number(s, at + 1, 8, 3, out, "\\0");
    }
    out.append('\\').append(c);
    return at + 1;
  }

  private static int number(
      String s, int at, int radix, int maxDigits, StringBuilder out, String prefix) {
    int end = at;
    while (end < s.length() && end - at < maxDigits && Character.digit(s.charAt(end), radix) >= 0) {
      end++;
    }
    if (end == at) {
      if (radix == 8) {
        out.append('\0');
      } else {
        out.append(prefix);
      }
      return end;
    }
    int value = Integer.parseInt(s.substring(at, end), radix);
    if (radix == 8) {
      value &= 0xff;
    }
    out.appendCodePoint(value);
    return end;
  }
}
