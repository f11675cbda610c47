package dev.vpclab.cli.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Our {@code --query} against jmespath.py's results (see {@code
 * tools/format-fixtures/jmespath_results.py}). Where jmespath.py raised, we only ask that we fail
 * too: the messages are the two libraries' own.
 */
class JmesPathDialectTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> everyRecordedQuery() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (String line : lines()) {
      JsonNode sample = JSON.readTree(line);
      String expression = sample.get("query").textValue();
      JsonNode input = sample.get("input");
      tests.add(
          DynamicTest.dynamicTest(
              expression,
              () -> {
                Query.Parse parse = Query.parse(expression);
                if (sample.has("error")) {
                  if (parse instanceof Query.Parse.Valid valid) {
                    assertInstanceOf(
                        Rendering.Failed.class,
                        OutputFormat.JSON.render(input, "X", valid.query(), Display.PIPE));
                  }
                  return;
                }
                Query query = assertInstanceOf(Query.Parse.Valid.class, parse).query();
                assertEquals(
                    sample.get("stdout").textValue(),
                    OutputFormat.JSON.render(input, "X", query, Display.PIPE).stdout());
              }));
    }
    return tests.stream();
  }

  private List<String> lines() throws IOException {
    try (var in =
        new BufferedReader(
            new InputStreamReader(
                getClass().getResourceAsStream("jmespath-results.jsonl"),
                StandardCharsets.UTF_8))) {
      return in.lines().filter(line -> !line.startsWith("#")).toList();
    }
  }
}
