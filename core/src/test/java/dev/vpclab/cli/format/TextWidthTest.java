package dev.vpclab.cli.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Python's {@code get_text_length}: East Asian Wide, Fullwidth and Ambiguous count two. */
class TextWidthTest {
  @Test
  void countsColumnsTheWayTheCliTableDoes() {
    assertEquals(3, TextWidth.of("vpc"));
    assertEquals(6, TextWidth.of("日本語"));
    assertEquals(2, TextWidth.of("🚀"));
    assertEquals(2, TextWidth.of("ü"));
    assertEquals(2, TextWidth.of("\u00a1"));
    assertEquals(1, TextWidth.of("\u00a0"));
    assertEquals(4, TextWidth.of("ＡＢ"));
  }
}
