package dev.vpclab.cli.format;

/**
 * Where the CLI's output goes, as far as the table format cares: how many columns it may use before
 * single-row sections are turned on their side, and how it is coloured. The real CLI asks the
 * terminal on stdout for its width (TIOCGWINSZ) and falls back to 80 when stdout is not a terminal
 * (a pipe, a file, {@code $(...)}); with {@code --color auto}, the default, it colours only when
 * stdout is a terminal. JSON and text output depend on neither.
 */
public record Display(int width, Color color) {
  /** The width the CLI assumes when it cannot ask a terminal. */
  public static final int DEFAULT_WIDTH = 80;

  /** Stdout is not a terminal: 80 columns, no colour. */
  public static final Display PIPE = new Display(DEFAULT_WIDTH, Color.NONE);

  /** Stdout is a terminal {@code columns} wide, {@code --color auto}, no pager (CLI v1). */
  public static Display terminal(int columns) {
    return new Display(columns, Color.TERMINAL);
  }

  public Display withColor(Color other) {
    return new Display(width, other);
  }

  /**
   * How table cells and nesting bars are coloured (bright blue, dim yellow), which depends on how
   * colorama, which the CLI starts for colour, sees stdout. Only the bytes differ, not the look.
   */
  public enum Color {
    /** {@code --color off}, or {@code auto} when stdout is not a terminal. */
    NONE(false, false, false),
    /** {@code --color on} into a pipe: colorama appends a reset after every single write. */
    RESETTING(true, true, false),
    /** A terminal without a pager: as {@link #RESETTING}, and colorama resets once more at exit. */
    TERMINAL(true, true, true),
    /** CLI v2 on a terminal, through its pager: no reset per write, the one at exit remains. */
    PAGER(true, false, true);

    final boolean styled;
    final boolean resetAfterEveryWrite;
    final boolean resetAtExit;

    Color(boolean styled, boolean resetAfterEveryWrite, boolean resetAtExit) {
      this.styled = styled;
      this.resetAfterEveryWrite = resetAfterEveryWrite;
      this.resetAtExit = resetAtExit;
    }
  }
}
