package dev.vpclab.shell.builtins;

import dev.vpclab.shell.Command;
import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.ShellState;
import dev.vpclab.shell.Variables;
import java.util.Map;
import java.util.TreeMap;

/**
 * bash's {@code export}: {@code NAME=value} sets and exports, {@code NAME} exports, {@code -n}
 * un-exports, and without names (or with {@code -p}) it lists the exported variables as {@code
 * declare -x} lines, sorted.
 */
final class Export implements Command {
  private static final String USAGE =
      "export: usage: export [-fn] [name[=value] ...] or export -p\n";

  @Override
  public CommandResult run(Invocation invocation) {
    ShellState shell = invocation.shell();
    boolean unexport = false;
    boolean print = false;
    int i = 0;
    var args = invocation.args();
    for (; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--")) {
        i++;
        break;
      }
      if (!arg.startsWith("-") || arg.length() == 1) {
        break;
      }
      for (char c : arg.substring(1).toCharArray()) {
        switch (c) {
          case 'n' -> unexport = true;
          case 'p' -> print = true;
          case 'f' -> {}
          default -> {
            return CommandResult.error(
                shell.shellName() + ": export: -" + c + ": invalid option\n" + USAGE, 2);
          }
        }
      }
    }
    if (i == args.size()) {
      return CommandResult.ok(unexport && !print ? "" : declarations(shell.variables()));
    }
    var errors = new StringBuilder();
    for (; i < args.size(); i++) {
      String arg = args.get(i);
      int eq = arg.indexOf('=');
      boolean append = eq > 0 && arg.charAt(eq - 1) == '+';
      String name = eq < 0 ? arg : arg.substring(0, append ? eq - 1 : eq);
      if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
        errors
            .append(shell.shellName())
            .append(": export: `")
            .append(arg)
            .append("': not a valid identifier\n");
        continue;
      }
      String value = eq < 0 ? null : arg.substring(eq + 1);
      if (append) {
        value = shell.variable(name).orElse("") + value;
      }
      if (unexport) {
        if (value != null) {
          shell.set(name, value);
        }
        shell.unexport(name);
      } else {
        shell.export(name, value);
      }
    }
    return errors.length() == 0 ? CommandResult.ok("") : CommandResult.error(errors.toString(), 1);
  }

  /** The exported variables as {@code export -p} prints them. */
  static String declarations(Variables variables) {
    Map<String, Variables.Variable> sorted = new TreeMap<>(variables.all());
    var out = new StringBuilder();
    sorted.forEach(
        (name, variable) -> {
          if (!variable.exported()) {
            return;
          }
          out.append("declare -x ").append(name);
          if (variable.value() != null) {
            out.append("=\"").append(escape(variable.value())).append('"');
          }
          out.append('\n');
        });
    return out.toString();
  }

  private static String escape(String value) {
    var out = new StringBuilder();
    for (char c : value.toCharArray()) {
      if (c == '"' || c == '\\' || c == '$' || c == '`') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
