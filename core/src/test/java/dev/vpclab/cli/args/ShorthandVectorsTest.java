package dev.vpclab.cli.args;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * ShorthandParser and PyJson against CLI v2's awscli.shorthand and Python's json.loads on 4,500
 * hand-picked and seeded random inputs (tools/oracle/shorthand_vectors.py): the same value or the
 * same error message, caret line included.
 */
class ShorthandVectorsTest {
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  @TestFactory
  Stream<DynamicTest> vectors() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (InputStream in = getClass().getResourceAsStream("shorthand-vectors.jsonl")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        JsonNode v = JSON.readTree(line);
        String input = v.get("input").textValue();
        tests.add(
            DynamicTest.dynamicTest(
                v.get("kind").textValue() + " " + input, () -> check(v, input)));
      }
    }
    return tests.stream();
  }

  private static void check(JsonNode v, String input) throws Exception {
    boolean shorthand = v.get("kind").textValue().equals("shorthand");
    String error = null;
    JsonNode value = null;
    try {
      value = shorthand ? ShorthandParser.parse(input) : PyJson.loads(input);
    } catch (ShorthandParser.ParseError | PyJson.DecodeError e) {
      error = e.getMessage();
    }
    if (v.has("error")) {
      assertEquals(v.get("error").textValue(), error);
    } else {
      assertEquals(null, error);
      // Compare as numbers where Python and Jackson type them differently (1.0 vs 1).
      assertEquals(JSON.readTree(v.get("ok").toString()), JSON.readTree(value.toString()));
    }
  }
}
