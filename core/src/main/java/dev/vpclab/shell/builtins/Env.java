package dev.vpclab.shell.builtins;

import dev.vpclab.shell.Command;
import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code env}: the environment, one {@code NAME=value} per line, with {@code NAME=value} operands
 * added first. bash puts {@code _} (the command's path) last. Running a command under a changed
 * environment is not simulated.
 */
final class Env implements Command {
  @Override
  public CommandResult run(Invocation invocation) {
    Map<String, String> environment = new LinkedHashMap<>(invocation.env());
    boolean ignoreEnvironment = false;
    for (String arg : invocation.args()) {
      if (arg.equals("-i") || arg.equals("-") || arg.equals("--ignore-environment")) {
        ignoreEnvironment = true;
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
    if (!ignoreEnvironment) {
      out.append("_=/usr/bin/env\n");
    }
    return CommandResult.ok(out.toString());
  }
}
