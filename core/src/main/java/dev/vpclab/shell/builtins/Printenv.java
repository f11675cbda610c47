package dev.vpclab.shell.builtins;

import dev.vpclab.shell.Command;
import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;

/** GNU {@code printenv [NAME...]}: the environment, or the values of the variables named. */
final class Printenv implements Command {
  @Override
  public CommandResult run(Invocation invocation) {
    if (invocation.args().isEmpty()) {
      var out = new StringBuilder();
      invocation.env().forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
      return CommandResult.ok(out.append("_=/usr/bin/printenv\n").toString());
    }
    var out = new StringBuilder();
    int status = 0;
    for (String name : invocation.args()) {
      String value = invocation.env().get(name);
      if (value == null) {
        status = 1;
      } else {
        out.append(value).append('\n');
      }
    }
    return CommandResult.of(out.toString(), "", status);
  }
}
