package dev.vpclab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CodePointsTest {
  // "😀" is one code point and two UTF-16 units
  private static final String TEXT = "a😀b😀c";

  @Test
  void codePointsToUtf16CountsSurrogatePairsOnce() {
    assertEquals(0, CodePoints.toUtf16(TEXT, 0));
    assertEquals(1, CodePoints.toUtf16(TEXT, 1));
    assertEquals(3, CodePoints.toUtf16(TEXT, 2));
    assertEquals(4, CodePoints.toUtf16(TEXT, 3));
    assertEquals(7, CodePoints.toUtf16(TEXT, 5));
  }

  @Test
  void utf16ToCodePointsIsTheInverse() {
    for (int cp = 0; cp <= 5; cp++) {
      assertEquals(cp, CodePoints.fromUtf16(TEXT, CodePoints.toUtf16(TEXT, cp)));
    }
  }

  @Test
  void positionsOutsideTheTextAreClamped() {
    assertEquals(7, CodePoints.toUtf16(TEXT, 99));
    assertEquals(0, CodePoints.toUtf16(TEXT, -3));
    assertEquals(5, CodePoints.fromUtf16(TEXT, 99));
    assertEquals(0, CodePoints.fromUtf16(TEXT, -1));
  }

  @Test
  void plainTextIsTheSameInBoth() {
    assertEquals(4, CodePoints.toUtf16("echo", 4));
    assertEquals(4, CodePoints.fromUtf16("echo", 4));
  }
}
