package dev.vpclab.shell.builtins;

import dev.vpclab.shell.Command;
import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;

/** bash's {@code unset}: removes variables ({@code -f}, functions, has none to remove). */
final class Unset implements Command {
  @Override
  public CommandResult run(Invocation invocation) {
    boolean functions = false;
    boolean options = true;
    for (String arg : invocation.args()) {
      if (options && arg.equals("--")) {
        options = false;
        continue;
      }
      if (options && arg.startsWith("-") && arg.length() > 1) {
        for (char c : arg.substring(1).toCharArray()) {
          if (c == 'f') {
            functions = true;
          } else if (c != 'v' && c != 'n') {
            return CommandResult.error(
                invocation.shell().shellName()
                    + ": unset: -"
                    + c
                    + ": invalid option\nunset: usage: unset [-f] [-v] [-n] [name ...]\n",
                2);
          }
        }
        continue;
      }
      options = false;
      if (!functions) {
        invocation.shell().unset(arg);
      }
    }
    return CommandResult.ok("");
  }
}
