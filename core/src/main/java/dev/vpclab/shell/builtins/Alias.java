package dev.vpclab.shell.builtins;

import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.ShellState;

/** bash's {@code alias [NAME[=VALUE]...]} and {@code unalias [-a] NAME...}. */
final class Alias {
  private Alias() {}

  static CommandResult alias(Invocation invocation) {
    ShellState shell = invocation.shell();
    var out = new StringBuilder();
    var err = new StringBuilder();
    int status = 0;
    boolean listAll = true;
    for (String arg : invocation.args()) {
      if (arg.equals("-p")) {
        continue;
      }
      listAll = false;
      int eq = arg.indexOf('=');
      if (eq > 0) {
        shell.alias(arg.substring(0, eq), arg.substring(eq + 1));
      } else if (shell.aliases().containsKey(arg)) {
        out.append(line(arg, shell.aliases().get(arg)));
      } else {
        err.append(shell.shellName()).append(": alias: ").append(arg).append(": not found\n");
        status = 1;
      }
    }
    if (listAll) {
      shell.aliases().forEach((name, value) -> out.append(line(name, value)));
    }
    return CommandResult.of(out.toString(), err.toString(), status);
  }

  static CommandResult unalias(Invocation invocation) {
    ShellState shell = invocation.shell();
    if (invocation.args().isEmpty()) {
      return CommandResult.error(
          shell.shellName() + ": unalias: usage: unalias [-a] name [name ...]\n", 2);
    }
    var err = new StringBuilder();
    for (String name : invocation.args()) {
      if (name.equals("-a")) {
        for (String each : new java.util.ArrayList<>(shell.aliases().keySet())) {
          shell.unalias(each);
        }
      } else if (!shell.unalias(name)) {
        err.append(shell.shellName()).append(": unalias: ").append(name).append(": not found\n");
      }
    }
    return CommandResult.of("", err.toString(), err.length() == 0 ? 0 : 1);
  }

  private static String line(String name, String value) {
    return "alias " + name + "='" + value.replace("'", "'\\''") + "'\n";
  }
}
