package dev.vpclab.shell.builtins;

import dev.vpclab.shell.Command;
import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;

/** {@code whoami} and {@code hostname}: who and where you are. */
final class Identity {
  private Identity() {}

  static final Command WHOAMI =
      invocation -> {
        if (!invocation.args().isEmpty()) {
          String first = invocation.args().get(0);
          if (first.startsWith("-") && first.length() > 1) {
            return Gnu.usageError("whoami", "invalid option -- '" + first.charAt(1) + "'", 1);
          }
          return Gnu.usageError("whoami", "extra operand " + Gnu.localeQuote(first), 1);
        }
        return CommandResult.ok(invocation.user().name() + "\n");
      };

  static final Command HOSTNAME = Identity::hostname;

  private static CommandResult hostname(Invocation invocation) {
    String name = invocation.hostname();
    boolean shortName = false;
    String operand = null;
    for (String arg : invocation.args()) {
      if (arg.equals("-s") || arg.equals("--short")) {
        shortName = true;
      } else if (arg.equals("-f") || arg.equals("--fqdn") || arg.equals("--long")) {
        shortName = false;
      } else if (arg.startsWith("-")) {
        return CommandResult.error(
            "hostname: invalid option -- '" + arg.substring(1, 2) + "'\n", 1);
      } else if (operand == null) {
        operand = arg;
      } else {
        return CommandResult.error("Usage: hostname [-b] {hostname|-F file}\n", 255);
      }
    }
    if (operand != null) {
      if (!invocation.user().isRoot()) {
        return CommandResult.error("hostname: you must be root to change the host name\n", 1);
      }
      return CommandResult.error("vpclab: changing the host name is not simulated\n", 1);
    }
    if (shortName && name.contains(".")) {
      name = name.substring(0, name.indexOf('.'));
    }
    return CommandResult.ok(name + "\n");
  }
}
