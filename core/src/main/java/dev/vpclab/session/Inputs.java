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

  /** One input of a script and where it starts in the script (a UTF-16 index). */
  public record Located(int start, String text) {
    /** Whether {@code index} of the script falls inside this input or right at its end. */
    public boolean covers(int index) {
      return index >= start && index <= start + text.length();
    }
  }

  /**
   * Whether {@code input} can run as it is or needs more lines: a meta command is always one line;
   * shell input waits for an open quote or a trailing {@code \}, as {@link Shell#isComplete} says.
   */
  public static Completeness completeness(String input) {
    return MetaCommands.isMeta(input) ? Completeness.COMPLETE : Shell.isComplete(input);
  }

  public static List<String> split(String script) {
    return locate(script).stream().map(Located::text).toList();
  }

  /**
   * The inputs with their places in the script, so a front end that gets a whole cell and a cursor
   * (Jupyter) can find the input the cursor is in.
   */
  public static List<Located> locate(String script) {
    var inputs = new ArrayList<Located>();
    var pending = new StringBuilder();
    int pendingStart = 0;
    int lineStart = 0;
    for (String line : script.split("\n", -1)) {
      int thisLine = lineStart;
      lineStart += line.length() + 1;
      if (pending.length() == 0 && line.isBlank()) {
        continue;
      }
      if (pending.length() > 0) {
        pending.append('\n');
      } else {
        pendingStart = thisLine;
      }
      pending.append(line);
      String input = pending.toString();
      if (completeness(input) != Completeness.INCOMPLETE) {
        inputs.add(new Located(pendingStart, input));
        pending.setLength(0);
      }
    }
    if (pending.length() > 0) {
      inputs.add(new Located(pendingStart, pending.toString()));
    }
    return inputs;
  }
}
