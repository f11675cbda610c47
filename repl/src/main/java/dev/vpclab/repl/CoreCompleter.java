package dev.vpclab.repl;

import dev.vpclab.Vpclab;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/** JLine's completion, answered by core: the same candidates the Jupyter kernel offers. */
final class CoreCompleter implements Completer {
  private final Vpclab vpclab;

  CoreCompleter(Vpclab vpclab) {
    this.vpclab = vpclab;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    for (var c : vpclab.completions(line.line(), line.cursor()).candidates()) {
      candidates.add(
          new Candidate(
              c.value(),
              c.value(),
              c.group(),
              c.description().orElse(null),
              null,
              null,
              c.complete()));
    }
  }
}
