package dev.vpclab.cli.format;

import static dev.vpclab.cli.format.Display.PIPE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Renders each captured response with our formatters and compares, byte for byte, with what the
 * real CLIs printed for it. How the fixtures were captured: {@code cases/README.md} beside them.
 */
class CapturedOutputTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern WIDTH_FILE = Pattern.compile("table\\.width-(\\d+)\\.txt");
  private static final Pattern QUERY_LINE = Pattern.compile("query ([^:]+): (.*)");

  @TestFactory
  Stream<DynamicNode> everyCapturedOutput() throws IOException {
    try (Stream<Path> cases = Files.list(fixtures())) {
      return cases
          .filter(Files::isDirectory)
          .sorted()
          .map(CapturedOutputTest::forCase)
          .toList()
          .stream();
    }
  }

  private static DynamicNode forCase(Path caseDir) {
    Map<String, String> queries = new LinkedHashMap<>();
    String operation = null;
    for (String line : read(caseDir.resolve("case.txt")).split("\n")) {
      Matcher query = QUERY_LINE.matcher(line);
      if (line.startsWith("operation: ")) {
        operation = line.substring("operation: ".length());
      } else if (query.matches()) {
        queries.put(query.group(1), query.group(2));
      }
    }
    String title = operation;
    List<DynamicNode> versions = new ArrayList<>();
    for (String version : List.of("v1", "v2")) {
      versions.add(
          DynamicContainer.dynamicContainer(
              version, forVersion(caseDir.resolve(version), title, queries)));
    }
    return DynamicContainer.dynamicContainer(caseDir.getFileName().toString(), versions);
  }

  private static Stream<DynamicNode> forVersion(
      Path dir, String operation, Map<String, String> queries) {
    String printedJson = read(dir.resolve("response.json"));
    // The JSON format prints nothing only for {}, so an empty capture means the response was {}.
    JsonNode response = parse(printedJson.isEmpty() ? "{}" : printedJson);
    List<DynamicNode> tests = new ArrayList<>();
    tests.add(
        expect(dir, "response.json", () -> OutputFormat.JSON.render(response, operation, PIPE)));
    tests.add(expect(dir, "text.txt", () -> OutputFormat.TEXT.render(response, operation, PIPE)));
    for (String file : list(dir)) {
      tableDisplay(file)
          .ifPresent(
              display ->
                  tests.add(
                      expect(
                          dir,
                          file,
                          () -> OutputFormat.TABLE.render(response, operation, display))));
    }
    queries.forEach(
        (name, expression) -> {
          Query query = ((Query.Parse.Valid) Query.parse(expression)).query();
          for (OutputFormat format : OutputFormat.values()) {
            String file = "query." + name + "." + format.cliName() + ".txt";
            tests.add(expect(dir, file, () -> format.render(response, operation, query, PIPE)));
          }
        });
    return tests.stream();
  }

  /** The display a {@code table*.txt} capture was printed to. */
  private static Optional<Display> tableDisplay(String file) {
    Matcher width = WIDTH_FILE.matcher(file);
    return switch (file) {
      case "table.txt" -> Optional.of(PIPE);
      case "table.color.txt" -> Optional.of(PIPE.withColor(Display.Color.RESETTING));
      case "table.terminal-color.txt" -> Optional.of(PIPE.withColor(Display.Color.TERMINAL));
      case "table.pager-color.txt" -> Optional.of(PIPE.withColor(Display.Color.PAGER));
      default ->
          width.matches()
              ? Optional.of(new Display(Integer.parseInt(width.group(1)), Display.Color.NONE))
              : Optional.empty();
    };
  }

  /** The rendering must print the captured stdout and, if the CLI failed, its stderr. */
  private static DynamicTest expect(Path dir, String file, Supplier<Rendering> rendering) {
    return DynamicTest.dynamicTest(
        file,
        dir.resolve(file).toUri(),
        () -> {
          Rendering actual = rendering.get();
          assertEquals(read(dir.resolve(file)), actual.stdout(), "stdout");
          Path stderr = dir.resolve(file + ".stderr");
          if (Files.exists(stderr)) {
            Rendering.Failed failed = assertInstanceOf(Rendering.Failed.class, actual);
            assertEquals(read(stderr), failed.stderr(), "stderr");
          } else {
            assertInstanceOf(Rendering.Printed.class, actual);
          }
        });
  }

  private static Path fixtures() {
    try {
      return Path.of(CapturedOutputTest.class.getResource("cases").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> list(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
