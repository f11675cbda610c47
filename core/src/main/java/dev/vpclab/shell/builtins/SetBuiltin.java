package dev.vpclab.shell.builtins;

import dev.vpclab.outcome.Note;
import dev.vpclab.shell.Command;
import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.Variables;
import dev.vpclab.shell.syntax.Quoting;
import java.util.Map;
import java.util.TreeMap;

/**
 * bash's {@code set}: without arguments, every shell variable as {@code NAME=value}, sorted. Shell
 * options ({@code -e}, {@code -x}, {@code -o pipefail}) are accepted but not simulated, and a note
 * says so.
 */
final class SetBuiltin implements Command {
  private static final String LETTERS = "abefhkmnptuvxBCEHPT";

  @Override
  public CommandResult run(Invocation invocation) {
    if (invocation.args().isEmpty()) {
      Map<String, Variables.Variable> sorted = new TreeMap<>(invocation.shell().variables().all());
      var out = new StringBuilder();
      sorted.forEach(
          (name, variable) -> {
            if (variable.value() != null) {
              out.append(name).append('=').append(Quoting.quote(variable.value())).append('\n');
            }
          });
      return CommandResult.ok(out.toString());
    }
    for (String arg : invocation.args()) {
      if ((arg.startsWith("-") || arg.startsWith("+")) && arg.length() > 1 && !arg.equals("--")) {
        for (char c : arg.substring(1).toCharArray()) {
          if (c != 'o' && LETTERS.indexOf(c) < 0) {
            return CommandResult.error(
                invocation.shell().shellName()
                    + ": set: "
                    + arg.charAt(0)
                    + c
                    + ": invalid option\nset: usage: set [-abefhkmnptuvxBCEHPT] [-o option-name]"
                    + " [--] [-] [arg ...]\n",
                2);
          }
        }
      }
    }
    return CommandResult.status(0)
        .withNote(
            Note.info(
                "vpclab does not simulate shell options: `set "
                    + String.join(" ", invocation.args())
                    + "' changes nothing"));
  }
}
