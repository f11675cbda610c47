package dev.vpclab.shell.builtins;

import dev.vpclab.shell.Command;
import dev.vpclab.shell.CommandResult;

/**
 * Commands with next to nothing to do: {@code true}, {@code false}, {@code :}, {@code clear},
 * {@code sleep}.
 */
final class Trivial {
  private Trivial() {}

  static final Command TRUE = invocation -> CommandResult.ok("");

  static final Command FALSE = invocation -> CommandResult.error("", 1);

  /** Clearing the screen is left to the front end; nothing is printed. */
  static final Command CLEAR = invocation -> CommandResult.ok("");

  /** Checks its arguments as GNU sleep does and returns at once: simulated time does not wait. */
  static final Command SLEEP =
      invocation -> {
        if (invocation.args().isEmpty()) {
          return Gnu.usageError("sleep", "missing operand", 1);
        }
        for (String arg : invocation.args()) {
          if (!arg.matches("[0-9]*\\.?[0-9]+[smhd]?|[0-9]+\\.?[smhd]?|inf(inity)?")) {
            return Gnu.usageError("sleep", "invalid time interval " + Gnu.localeQuote(arg), 1);
          }
        }
        return CommandResult.ok("");
      };
}
