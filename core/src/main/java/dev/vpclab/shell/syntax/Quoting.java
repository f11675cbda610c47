package dev.vpclab.shell.syntax;

/** Writing values so that the shell reads them back unchanged. */
public final class Quoting {
  private Quoting() {}

  /**
   * {@code value} as one shell word: unchanged when it holds nothing special, otherwise in single
   * quotes (an embedded {@code '} written as {@code '\''}), e.g. {@code 'My VPC'}.
   */
  public static String quote(String value) {
    if (!value.isEmpty() && value.chars().allMatch(Quoting::isSafe)) {
      return value;
    }
    return "'" + value.replace("'", "'\\''") + "'";
  }

  /** Whether a character needs no quoting anywhere in a word. */
  private static boolean isSafe(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || "-_./,:@%+=".indexOf(c) >= 0;
  }

  /** {@code value} in bash's {@code $'...'} quoting, escapes for control characters and quotes. */
  public static String ansiC(String value) {
    var out = new StringBuilder("$'");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        case '\\' -> out.append("\\\\");
        case '\'' -> out.append("\\'");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\%03o", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('\'').toString();
  }
}
