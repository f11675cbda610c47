package dev.vpclab.shell.builtins;

import java.util.OptionalInt;

/**
 * A {@code chmod} mode: octal ({@code 400}, {@code 0755}) or symbolic ({@code u+x}, {@code go-rwx},
 * {@code a=r,u+w}, {@code +x}), applied to a file's current mode.
 */
final class ModeSpec {
  private static final int UMASK = 022;

  private final String text;

  private ModeSpec(String text) {
    this.text = text;
  }

  /** The spec, if it is a valid mode. */
  static java.util.Optional<ModeSpec> parse(String text) {
    var spec = new ModeSpec(text);
    return spec.apply(0, false).isPresent()
        ? java.util.Optional.of(spec)
        : java.util.Optional.empty();
  }

  /** Whether an argument starting with '-' is a mode (as in {@code chmod -x f}), not an option. */
  static boolean looksLikeMode(String arg) {
    return arg.matches("-[rwxXst]+([,=+-].*)?");
  }

  /** The new mode for a node whose mode is {@code mode}. */
  int applyTo(int mode, boolean directory) {
    return apply(mode, directory).orElseThrow();
  }

  private OptionalInt apply(int mode, boolean directory) {
    if (text.matches("[0-7]+")) {
      if (text.length() > 4 && !text.substring(0, text.length() - 4).matches("0*")) {
        return OptionalInt.empty();
      }
      return OptionalInt.of(Integer.parseInt(text, 8) & 07777);
    }
    for (String clause : text.split(",", -1)) {
      int i = 0;
      int who = 0;
      while (i < clause.length() && "ugoa".indexOf(clause.charAt(i)) >= 0) {
        who |= whoMask(clause.charAt(i));
        i++;
      }
      boolean implicit = who == 0;
      if (implicit) {
        who = 07777;
      }
      if (i >= clause.length()) {
        return OptionalInt.empty();
      }
      while (i < clause.length()) {
        char op = clause.charAt(i);
        if ("+-=".indexOf(op) < 0) {
          return OptionalInt.empty();
        }
        i++;
        int bits = 0;
        if (i < clause.length() && "ugo".indexOf(clause.charAt(i)) >= 0) {
          int shift =
              switch (clause.charAt(i)) {
                case 'u' -> 6;
                case 'g' -> 3;
                default -> 0;
              };
          int copied = (mode >> shift) & 7;
          bits = copied * 0111;
          i++;
        } else {
          while (i < clause.length() && "rwxXst".indexOf(clause.charAt(i)) >= 0) {
            bits |=
                switch (clause.charAt(i)) {
                  case 'r' -> 0444;
                  case 'w' -> 0222;
                  case 'x' -> 0111;
                  case 'X' -> (directory || (mode & 0111) != 0) ? 0111 : 0;
                  case 's' -> 06000;
                  default -> 01000;
                };
            i++;
          }
        }
        bits &= who;
        int affected = who;
        if (implicit) {
          bits &= ~UMASK;
          affected &= ~UMASK;
        }
        switch (op) {
          case '+' -> mode |= bits;
          case '-' -> mode &= ~bits;
          default -> mode = (mode & ~affected) | bits;
        }
      }
    }
    return OptionalInt.of(mode & 07777);
  }

  private static int whoMask(char who) {
    return switch (who) {
      case 'u' -> 04700;
      case 'g' -> 02070;
      case 'o' -> 01007;
      default -> 07777;
    };
  }
}
