package dev.vpclab.cli.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * 600 random shapes, each printed by CLI v1's own formatter classes in-process (see {@code
 * tools/format-fixtures/random_shapes.py}): odd {@code --query} results at odd widths, including
 * those where the CLI's Python raises.
 */
class RandomShapesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> everyRandomShape() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    int number = 0;
    for (String line : lines()) {
      JsonNode sample = JSON.readTree(line);
      JsonNode response = sample.get("response");
      Display display = new Display(sample.get("width").intValue(), Display.Color.NONE);
      String name = "shape " + ++number + " ";
      tests.add(
          expect(
              name + "json",
              sample.get("json"),
              () -> new Rendering.Printed(JsonOutput.format(response))));
      tests.add(expect(name + "text", sample.get("text"), () -> TextOutput.format(response)));
      tests.add(
          expect(
              name + "table width " + display.width(),
              sample.get("table"),
              () -> TableOutput.format(response, "Operation", display)));
    }
    return tests.stream();
  }

  private static DynamicTest expect(String name, JsonNode printed, Supplier<Rendering> rendering) {
    return DynamicTest.dynamicTest(
        name,
        () -> {
          Rendering actual = rendering.get();
          assertEquals(printed.get("stdout").textValue(), actual.stdout(), "stdout");
          String error = printed.has("error") ? printed.get("error").textValue() : null;
          String actualError = actual instanceof Rendering.Failed f ? f.message() : null;
          assertEquals(error, actualError, "Python's error");
        });
  }

  private List<String> lines() throws IOException {
    try (var in =
        new BufferedReader(
            new InputStreamReader(
                getClass().getResourceAsStream("random-shapes.jsonl"), StandardCharsets.UTF_8))) {
      return in.lines().filter(line -> !line.startsWith("#")).toList();
    }
  }
}
