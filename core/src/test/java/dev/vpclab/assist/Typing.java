package dev.vpclab.assist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpclab.Vpclab;
import dev.vpclab.outcome.Outcome;
import dev.vpclab.shell.Terminal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A learner's session built up through {@link Vpclab#eval}, with a strict assistant over it (a bug
 * throws instead of answering nothing), and short ways to ask it things.
 */
final class Typing {
  final Vpclab vpclab;
  final Assistant assistant;

  private Typing(Path workingDirectory) {
    this.vpclab = Vpclab.start(Terminal.NONE, workingDirectory);
    this.assistant = new Assistant(vpclab.session(), vpclab.commands(), workingDirectory, true);
  }

  static Typing session() {
    return new Typing(Path.of("").toAbsolutePath());
  }

  static Typing session(Path workingDirectory) {
    return new Typing(workingDirectory);
  }

  /** Runs inputs as typed; each must succeed. */
  Typing run(String... inputs) {
    for (String input : inputs) {
      Outcome outcome = vpclab.eval(input);
      assertEquals(0, outcome.exitStatus(), () -> input + " failed: " + outcome.parts());
    }
    return this;
  }

  /** Runs one input and returns what it printed on standard output, trimmed. */
  String output(String input) {
    Outcome outcome = vpclab.eval(input);
    return outcome.parts().stream()
        .filter(
            p ->
                p instanceof dev.vpclab.outcome.Part.Output o
                    && o.stream() == dev.vpclab.outcome.Part.Stream.STDOUT)
        .map(p -> ((dev.vpclab.outcome.Part.Output) p).text())
        .reduce("", String::concat)
        .strip();
  }

  /** Completion with the cursor at the end of the line. */
  Completions complete(String line) {
    return assistant.complete(line, line.length());
  }

  /** The values offered at the end of the line. */
  List<String> values(String line) {
    return complete(line).candidates().stream().map(Candidate::value).toList();
  }

  /** The description of one offered value. */
  Optional<String> description(String line, String value) {
    return complete(line).candidates().stream()
        .filter(c -> c.value().equals(value))
        .findFirst()
        .flatMap(Candidate::description);
  }

  /** The line as it reads once the candidate {@code value} is accepted. */
  static String accept(String line, Completions completions, String value) {
    return line.substring(0, completions.anchor()) + value;
  }

  List<Highlight> highlight(String line) {
    return assistant.highlight(line);
  }

  /** What the word at {@code cursor} is. */
  Optional<Inspection> inspect(String line, int cursor) {
    return assistant.inspect(line, cursor);
  }
}
