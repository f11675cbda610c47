package dev.vpclab.cli.format;

/**
 * What the CLI's Python code would raise at this point, e.g. {@code Row should have 2 elements,
 * instead it has 1} for a ragged {@code --query} result in a table. The formatters' recursion
 * throws it where Python raises; each format's entry point catches it and returns a {@link
 * Rendering.Failed}, so it never leaves this package.
 */
final class PythonError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  PythonError(String message) {
    super(message, null, false, false);
  }

  /**
   * Python's {@code AttributeError} for calling a dict method such as {@code .get()} on a non-dict.
   */
  static PythonError noAttribute(String typeName, String attribute) {
    return new PythonError("'" + typeName + "' object has no attribute '" + attribute + "'");
  }
}
