package dev.vpclab.shell.builtins;

import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;
import java.util.Set;

/**
 * {@code type} and {@code which}: what a name would run. Commands registered by other parts of
 * vpclab ({@code aws}, {@code ssh}) are programs in /usr/bin like the coreutils.
 */
final class Lookup {
  private Lookup() {}

  /** bash builtins (some, like echo, also exist as programs). */
  static final Set<String> SHELL_BUILTINS =
      Set.of(
          "cd", "echo", "export", "unset", "pwd", "printf", "read", "set", "exit", "logout", "type",
          "true", "false", ":", "alias", "unalias", "source", ".", "test", "[");

  /** Builtins that exist only inside bash: {@code which} does not find them. */
  private static final Set<String> ONLY_IN_BASH =
      Set.of(
          "cd", "export", "unset", "read", "set", "exit", "logout", "type", ":", "alias", "unalias",
          "source", ".");

  static CommandResult type(Invocation invocation) {
    boolean terse = false;
    var out = new StringBuilder();
    var err = new StringBuilder();
    int status = 0;
    for (String name : invocation.args()) {
      if (name.equals("-t")) {
        terse = true;
        continue;
      }
      if (SHELL_BUILTINS.contains(name)) {
        out.append(terse ? "builtin\n" : name + " is a shell builtin\n");
      } else if (known(invocation, name)) {
        out.append(terse ? "file\n" : name + " is /usr/bin/" + name + "\n");
      } else {
        status = 1;
        if (!terse) {
          err.append(invocation.shell().shellName())
              .append(": type: ")
              .append(name)
              .append(": not found\n");
        }
      }
    }
    return CommandResult.of(out.toString(), err.toString(), status);
  }

  static CommandResult which(Invocation invocation) {
    var out = new StringBuilder();
    int status = invocation.args().isEmpty() ? 1 : 0;
    for (String name : invocation.args()) {
      if (known(invocation, name) && !ONLY_IN_BASH.contains(name)) {
        out.append("/usr/bin/").append(name).append('\n');
      } else {
        status = 1;
      }
    }
    return CommandResult.of(out.toString(), "", status);
  }

  private static boolean known(Invocation invocation, String name) {
    return invocation.commandNames().contains(name);
  }
}
