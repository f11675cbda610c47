package dev.vpclab.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpclab.outcome.Note;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the transcripts in {@code transcripts/}: each is a fresh laptop session, lines typed and the
 * exact output expected. The format:
 *
 * <pre>
 * $ typed line            (a continuation line of the same input starts with "> ")
 * | standard output line  ("|" alone: an empty line; "|-" then text: text without a newline)
 * ! standard error line   ("!-" likewise)
 * ~ HINT: a note
 * ? 2                     (the exit status; 0 when absent)
 * # a comment             (ignored)
 * &#64;clock 2026-11-27T10:00:00Z   (sets the simulated clock)
 * &#64;pipe               (output is not a terminal from here on)
 * </pre>
 */
class TranscriptTest {
  private static final List<String> TRANSCRIPTS =
      List.of(
          "basics",
          "expansion",
          "redirection",
          "files",
          "ls",
          "text",
          "coreutils",
          "environment",
          "errors",
          "lab");

  @TestFactory
  Stream<DynamicTest> transcripts() {
    return TRANSCRIPTS.stream()
        .map(name -> DynamicTest.dynamicTest(name, () -> check(name, load(name))));
  }

  private static String load(String name) throws IOException {
    try (InputStream in =
        TranscriptTest.class.getResourceAsStream("transcripts/" + name + ".txt")) {
      if (in == null) {
        throw new IOException("no transcript " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void check(String name, String transcript) {
    var session = new Session();
    var mismatches = new StringBuilder();
    List<String> lines = new ArrayList<>(List.of(transcript.split("\n", -1)));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    int i = 0;
    while (i < lines.size()) {
      String line = lines.get(i);
      if (line.startsWith("@clock ")) {
        session.clock.set(Instant.parse(line.substring(7).strip()));
        i++;
        continue;
      }
      if (line.equals("@pipe")) {
        session.terminal = Terminal.NONE;
        i++;
        continue;
      }
      if (!line.startsWith("$ ")) {
        i++;
        continue;
      }
      var input = new StringBuilder(line.substring(2));
      i++;
      while (i < lines.size() && lines.get(i).startsWith("> ")) {
        input.append('\n').append(lines.get(i).substring(2));
        i++;
      }
      var block = new StringBuilder();
      while (i < lines.size() && !lines.get(i).startsWith("$ ") && !lines.get(i).startsWith("@")) {
        String l = lines.get(i);
        if (!l.startsWith("#") && !l.isBlank()) {
          block.append(l).append('\n');
        }
        i++;
      }
      if (!block.toString().contains("\n? ") && !block.toString().startsWith("? ")) {
        block.append("? 0\n");
      }
      ShellRun run = session.run(input.toString());
      String actual = render(run);
      if (!actual.equals(block.toString())) {
        mismatches
            .append("$ ")
            .append(input)
            .append("\n--- expected\n")
            .append(block)
            .append("--- actual\n")
            .append(actual)
            .append('\n');
      }
    }
    assertEquals("", mismatches.toString(), name);
  }

  /** The run in the transcript format. */
  static String render(ShellRun run) {
    var out = new StringBuilder();
    for (Output o : run.output()) {
      if (o instanceof Output.Stdout s) {
        lines(out, "|", s.text());
      } else if (o instanceof Output.Stderr s) {
        lines(out, "!", s.text());
      } else if (o instanceof Output.Noted n) {
        Note note = n.note();
        out.append("~ ").append(note.kind()).append(": ").append(note.text()).append('\n');
      }
    }
    out.append("? ").append(run.exitStatus()).append('\n');
    return out.toString();
  }

  private static void lines(StringBuilder out, String mark, String text) {
    String[] parts = text.split("\n", -1);
    for (int k = 0; k < parts.length; k++) {
      boolean last = k == parts.length - 1;
      if (last && parts[k].isEmpty()) {
        break;
      }
      if (last) {
        out.append(mark).append("- ").append(parts[k]).append('\n');
      } else {
        out.append(mark).append(parts[k].isEmpty() ? "" : " " + parts[k]).append('\n');
      }
    }
  }
}
