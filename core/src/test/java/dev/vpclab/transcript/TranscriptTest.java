package dev.vpclab.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every transcript under {@code src/test/resources/transcripts}: each in a fresh session,
 * comparing vpclab's whole answer with the file. {@code -Dvpclab.transcripts.update=true} rewrites
 * the files with what vpclab answers now, for review in the diff.
 */
class TranscriptTest {
  private static final Path ROOT = Path.of("src/test/resources/transcripts");

  @TempDir Path workingDirectory;

  @TestFactory
  Stream<DynamicTest> transcripts() throws IOException {
    boolean update = Boolean.getBoolean("vpclab.transcripts.update");
    return Files.walk(ROOT)
        .filter(p -> p.toString().endsWith(".vpc"))
        .sorted()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    ROOT.relativize(file).toString(),
                    () -> {
                      String expected = Files.readString(file, StandardCharsets.UTF_8);
                      String actual = Transcript.run(expected, workingDirectory);
                      if (update && !actual.equals(expected)) {
                        Files.writeString(file, actual, StandardCharsets.UTF_8);
                      }
                      assertEquals(expected, actual, file.toString());
                    }));
  }
}
