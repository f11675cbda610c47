package dev.vpclab.assist;

/** How text a completion adds must be written so the shell reads it back unchanged. */
final class ShellQuoting {
  /**
   * What bash would read as syntax. Shorthand's brackets and braces are left alone: they only
   * expand in patterns a completion does not produce (a matching file, a comma inside braces).
   */
  private static final String SPECIAL = " \t\n'\"\\$`|&;()<>*?";

  private ShellQuoting() {}

  /**
   * {@code text} as it must be typed after what is already there: with backslashes outside quotes,
   * and inside double quotes before {@code " $ ` \}; a single quote inside single quotes closes,
   * escapes and reopens them.
   */
  static String escape(String text, char openQuote) {
    var out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (openQuote == '\'') {
        out.append(c == '\'' ? "'\\''" : String.valueOf(c));
      } else if (openQuote == '"') {
        if ("\"$`\\".indexOf(c) >= 0) {
          out.append('\\');
        }
        out.append(c);
      } else {
        if (SPECIAL.indexOf(c) >= 0) {
          out.append('\\');
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
