package dev.vpclab.cli.format;

/**
 * What one formatter printed for one response. Formatting fails only on shapes a {@code --query}
 * can produce and the CLI's Python code cannot print, e.g. a table of rows of different lengths;
 * the real CLI then prints a blank line and Python's message on stderr and exits 255, after
 * whatever it had already written to stdout (text output streams; json and table do not).
 */
public sealed interface Rendering permits Rendering.Printed, Rendering.Failed {
  /** The exit status of the CLI when output formatting fails (its catch-all for exceptions). */
  int FAILURE_EXIT_STATUS = 255;

  /** Exactly what reached stdout, possibly empty. */
  String stdout();

  /** The output was printed in full. */
  record Printed(String stdout) implements Rendering {}

  /** Python raised {@code message} after {@code stdout} had been written. */
  record Failed(String stdout, String message) implements Rendering {
    /** What the CLI writes to stderr: a blank line, then the message. */
    public String stderr() {
      return "\n" + message + "\n";
    }
  }
}
