package dev.vpclab.shell.builtins;

import dev.vpclab.shell.Command;
import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.syntax.Escapes;
import java.util.List;

/**
 * bash's {@code echo}: arguments joined by spaces and a newline. Leading arguments made only of
 * {@code n}, {@code e} and {@code E} after a dash are options; anything else, {@code --} included,
 * is printed.
 */
final class Echo implements Command {
  @Override
  public CommandResult run(Invocation invocation) {
    List<String> args = invocation.args();
    boolean newline = true;
    boolean escapes = false;
    int i = 0;
    while (i < args.size() && args.get(i).matches("-[neE]+")) {
      for (char c : args.get(i).substring(1).toCharArray()) {
        switch (c) {
          case 'n' -> newline = false;
          case 'e' -> escapes = true;
          default -> escapes = false;
        }
      }
      i++;
    }
    var out = new StringBuilder();
    for (int k = i; k < args.size(); k++) {
      if (k > i) {
        out.append(' ');
      }
      if (escapes) {
        if (decode(args.get(k), out)) {
          return CommandResult.ok(out.toString());
        }
      } else {
        out.append(args.get(k));
      }
    }
    if (newline) {
      out.append('\n');
    }
    return CommandResult.ok(out.toString());
  }

  /** Appends {@code arg} with escapes decoded; true when {@code \c} stops all output. */
  private static boolean decode(String arg, StringBuilder out) {
    int i = 0;
    while (i < arg.length()) {
      char c = arg.charAt(i);
      if (c != '\\' || i + 1 >= arg.length()) {
        out.append(c);
        i++;
        continue;
      }
      if (arg.charAt(i + 1) == 'c') {
        return true;
      }
      i = Escapes.decode(arg, i + 1, out, false);
    }
    return false;
  }
}
