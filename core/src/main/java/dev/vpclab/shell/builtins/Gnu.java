package dev.vpclab.shell.builtins;

import dev.vpclab.shell.CommandResult;

/** How GNU coreutils word their messages: quoting styles and the usual error lines. */
final class Gnu {
  private Gnu() {}

  /**
   * {@code 'name'}, as coreutils quote file names in most messages ({@code ls: cannot access 'x'});
   * a name holding a single quote goes in double quotes.
   */
  static String quote(String name) {
    if (name.indexOf('\'') >= 0 && !name.matches(".*[\"$`\\\\].*")) {
      return "\"" + name + "\"";
    }
    return "'" + name.replace("'", "'\\''") + "'";
  }

  /** The name bare when it is safe, quoted otherwise, as {@code cat: x: ...} shows it. */
  static String quoteIfNeeded(String name) {
    return needsQuoting(name) ? quote(name) : name;
  }

  /** Whether a file name needs quoting to be typed back into a shell. */
  static boolean needsQuoting(String name) {
    if (name.isEmpty()) {
      return true;
    }
    if (name.charAt(0) == '~' || name.charAt(0) == '#') {
      return true;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean safe =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || "._+,/:@%^=~-".indexOf(c) >= 0
              || c > 127;
      if (!safe) {
        return true;
      }
    }
    return false;
  }

  /** {@code ‘text’}, the locale quotes of the C.UTF-8 locale ({@code mkdir}, {@code chmod}). */
  static String localeQuote(String text) {
    return "\u2018" + text + "\u2019";
  }

  /** {@code cmd: message} and the "Try 'cmd --help'" line, with the given status. */
  static CommandResult usageError(String command, String message, int status) {
    return CommandResult.error(
        command + ": " + message + "\nTry '" + command + " --help' for more information.\n",
        status);
  }
}
