package dev.vpclab.shell.builtins;

import dev.vpclab.shell.Command;
import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code env}: the environment, one {@code NAME=value} per line, with {@code NAME=value} operands
 * added after the environment bash gave it (which ends with {@code _}, the command's path). Running
 * a command under a changed environment is not simulated.
 */
final class Env implements Command {
  @Override
  public CommandResult run(Invocation invocation) {
    Map<String, String> environment = new LinkedHashMap<>(invocation.env());
    environment.put("_", "/usr/bin/env"); // bash sets it last, before env adds NAME=value
    for (String arg : invocation.args()) {
      if (arg.equals("-i") || arg.equals("-") || arg.equals("--ignore-environment")) {
        environment.clear();
      } else if (arg.matches("[^=]+=.*")) {
        int eq = arg.indexOf('=');
        environment.put(arg.substring(0, eq), arg.substring(eq + 1));
      } else if (arg.startsWith("-")) {
        return Gnu.usageError("env", "invalid option -- '" + arg.charAt(1) + "'", 125);
      } else {
        return CommandResult.error(
            "vpclab: `env " + arg + "' is not simulated: run " + arg + " by itself\n", 126);
      }
    }
    var out = new StringBuilder();
    environment.forEach((name, value) -> out.append(name).append('=').append(value).append('\n'));
    return CommandResult.ok(out.toString());
  }
}
