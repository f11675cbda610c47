package dev.vpclab.shell.builtins;

import dev.vpclab.shell.Command;
import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;

/** bash's {@code pwd}: the working directory (there are no symbolic links, so -L and -P agree). */
final class Pwd implements Command {
  @Override
  public CommandResult run(Invocation invocation) {
    for (String arg : invocation.args()) {
      if (arg.equals("--")) {
        break;
      }
      if (arg.startsWith("-") && arg.length() > 1 && !arg.matches("-[LP]+")) {
        String bad = arg.length() > 1 ? arg.substring(0, 2) : arg;
        return CommandResult.error(
            invocation.shell().shellName()
                + ": pwd: "
                + bad
                + ": invalid option\npwd: usage: pwd [-LP]\n",
            2);
      }
    }
    return CommandResult.ok(invocation.cwd() + "\n");
  }
}
