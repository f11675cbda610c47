package dev.vpclab.shell.syntax;

/**
 * Unwinds the recursive descent to {@link Parser#parse} with the error; never leaves the package.
 */
final class ParseFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient SyntaxError error;

  ParseFailure(SyntaxError error) {
    super(error.message(), null, false, false);
    this.error = error;
  }

  SyntaxError error() {
    return error;
  }
}
