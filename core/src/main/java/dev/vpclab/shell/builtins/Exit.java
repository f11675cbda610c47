package dev.vpclab.shell.builtins;

import dev.vpclab.shell.Command;
import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.ShellState;

/**
 * bash's {@code exit} and {@code logout}: end the shell with a status. An interactive shell prints
 * {@code exit} (or {@code logout}, for a login shell) on standard error as it leaves.
 */
final class Exit implements Command {
  private final boolean logout;

  Exit(boolean logout) {
    this.logout = logout;
  }

  @Override
  public CommandResult run(Invocation invocation) {
    ShellState shell = invocation.shell();
    boolean login = shell.shellName().startsWith("-");
    String prefix = shell.shellName() + ": " + invocation.name() + ": ";
    if (logout && !login) {
      return CommandResult.error(prefix + "not login shell: use `exit'\n", 1);
    }
    var args = invocation.args();
    String farewell = shell.isSubshell() ? "" : (login ? "logout\n" : "exit\n");
    if (args.size() > 1) {
      // bash says goodbye, then refuses to leave
      return CommandResult.error(farewell + prefix + "too many arguments\n", 1);
    }
    int status = invocation.context().lastStatus();
    String error = "";
    if (args.size() == 1) {
      String arg = args.get(0);
      if (arg.matches("[-+]?[0-9]{1,18}")) {
        status = (int) (Long.parseLong(arg) & 0xff);
      } else {
        error = prefix + arg + ": numeric argument required\n";
        status = 2;
      }
    }
    shell.exit(status);
    return new CommandResult("", farewell + error, status, java.util.List.of());
  }
}
