package dev.vpclab.kernel;

/**
 * Jupyter counts cursor positions in Unicode code points; Java strings index UTF-16 units. An emoji
 * in a Name tag or a non-BMP character in a policy shifts every position after it, so each position
 * that crosses the boundary is converted, both ways, and clamped to the text.
 */
final class CodePoints {
  private CodePoints() {}

  /** The UTF-16 index of the position {@code codePoints} code points into {@code text}. */
  static int toUtf16(String text, int codePoints) {
    int total = text.codePointCount(0, text.length());
    return text.offsetByCodePoints(0, Math.max(0, Math.min(codePoints, total)));
  }

  /** How many code points precede the UTF-16 index {@code index} of {@code text}. */
  static int fromUtf16(String text, int index) {
    return text.codePointCount(0, Math.max(0, Math.min(index, text.length())));
  }
}
