package dev.vpclab.cli.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The width the CLI's table gives a string ({@code get_text_length} in {@code table.py}): one
 * column per code point, two for East Asian Wide, Fullwidth and Ambiguous ones. Ambiguous counts
 * two, so {@code ü} or {@code °} widen a column by two although most terminals draw them one wide;
 * the real CLI misaligns such rows in the same way.
 */
final class TextWidth {
  /** Sorted, disjoint inclusive ranges: first0, last0, first1, last1, ... */
  private static final int[] WIDE = load("east-asian-wide.txt");

  private TextWidth() {}

  static int of(String text) {
    return text.codePoints().map(TextWidth::of).sum();
  }

  static int of(int codePoint) {
    int index = Arrays.binarySearch(WIDE, codePoint);
    // Found: a range bound. Not found: inside a range when it would be inserted after a first.
    boolean wide = index >= 0 || (-index - 1) % 2 == 1;
    return wide ? 2 : 1;
  }

  private static int[] load(String resource) {
    try (InputStream in = TextWidth.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + resource);
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))
          .lines()
          .filter(line -> !line.startsWith("#"))
          .flatMap(line -> Arrays.stream(line.split(" ")))
          .mapToInt(hex -> Integer.parseInt(hex, 16))
          .toArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
