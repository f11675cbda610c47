package dev.vpclab.shell;

/**
 * An expansion that cannot be done ({@code ${a b}: bad substitution}, {@code $X: ambiguous
 * redirect}): the command is not run and the shell prints the message. Thrown inside the
 * interpreter only, and always caught there.
 */
final class ExpansionError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final boolean abortsLine;

  /** An error that fails only the command, as a bad redirection does. */
  ExpansionError(String message) {
    this(message, false);
  }

  /**
   * {@code abortsLine}: bash abandons the rest of the line (or of the subshell), as it does for
   * "bad substitution", {@code ${X:?}} and arithmetic errors.
   */
  ExpansionError(String message, boolean abortsLine) {
    super(message, null, false, false);
    this.abortsLine = abortsLine;
  }

  boolean abortsLine() {
    return abortsLine;
  }
}
