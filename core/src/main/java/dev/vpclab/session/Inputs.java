package dev.vpclab.session;

import dev.vpclab.shell.Shell;
import dev.vpclab.shell.syntax.Completeness;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a script into the inputs a user would have typed: a line, or several when a line ends in
 * {@code \} or leaves a quote open. Meta commands are always one line.
 */
public final class Inputs {
  private Inputs() {}

  public static List<String> split(String script) {
    var inputs = new ArrayList<String>();
    var pending = new StringBuilder();
    for (String line : script.split("\n", -1)) {
      if (pending.length() == 0 && line.isBlank()) {
        continue;
      }
      if (pending.length() > 0) {
        pending.append('\n');
      }
      pending.append(line);
      String input = pending.toString();
      if (input.strip().startsWith("/") || Shell.isComplete(input) != Completeness.INCOMPLETE) {
        inputs.add(input);
        pending.setLength(0);
      }
    }
    if (pending.length() > 0) {
      inputs.add(pending.toString());
    }
    return inputs;
  }
}
