package dev.vpclab.cli.format;

/**
 * Where the CLI's output goes, as far as the table format cares: how many columns it may use before
 * single-row sections are turned on their side, and whether cells are coloured. The real CLI asks
 * the terminal on stdout for its width (TIOCGWINSZ) and falls back to 80 when stdout is not a
 * terminal (a pipe, a file, {@code $(...)}); with {@code --color auto}, the default, it colours
 * only when stdout is a terminal. JSON and text output depend on neither.
 */
public record Display(int width, boolean color) {
  /** The width the CLI assumes when it cannot ask a terminal. */
  public static final int DEFAULT_WIDTH = 80;

  /** Stdout is not a terminal: 80 columns, no colour. */
  public static final Display PIPE = new Display(DEFAULT_WIDTH, false);

  /** Stdout is a terminal {@code columns} wide and {@code --color} is {@code auto}: colour on. */
  public static Display terminal(int columns) {
    return new Display(columns, true);
  }

  /** The same display with {@code --color on} or {@code --color off}. */
  public Display withColor(boolean on) {
    return new Display(width, on);
  }
}
