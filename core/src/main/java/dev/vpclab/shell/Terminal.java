package dev.vpclab.shell;

/**
 * What a line's standard output finally reaches: a terminal of some width (the REPL, where {@code
 * ls} prints columns) or not (a pipe into vpclab, where {@code ls} prints one name per line).
 */
public record Terminal(boolean isTerminal, int width) {
  /** An 80-column terminal. */
  public static final Terminal DEFAULT = new Terminal(true, 80);

  /** Not a terminal: output goes to a file or a pipe. */
  public static final Terminal NONE = new Terminal(false, 80);
}
