package dev.vpclab.cli.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link PythonFloat#repr} against Python's own repr of 3,500 doubles (see the data's header). */
class PythonFloatTest {
  @Test
  void matchesPythonReprOnEveryRecordedDouble() throws IOException {
    List<String> lines;
    try (var in =
        new BufferedReader(
            new InputStreamReader(
                getClass().getResourceAsStream("python-float-repr.txt"), StandardCharsets.UTF_8))) {
      lines = in.lines().filter(line -> !line.startsWith("#")).toList();
    }
    for (String line : lines) {
      String[] parts = line.split(" ");
      double x = Double.longBitsToDouble(Long.parseUnsignedLong(parts[0], 16));
      assertEquals(parts[1], PythonFloat.repr(x), () -> "bits " + parts[0]);
    }
  }

  @Test
  void jsonSpellsTheNonFiniteValuesLikeJavaScript() {
    // CPython's json.dumps (Lib/json/encoder.py floatstr): NaN, Infinity, -Infinity, else repr.
    assertEquals("NaN", PythonFloat.json(Double.NaN));
    assertEquals("-Infinity", PythonFloat.json(Double.NEGATIVE_INFINITY));
    assertEquals("1e-05", PythonFloat.json(0.00001));
  }
}
