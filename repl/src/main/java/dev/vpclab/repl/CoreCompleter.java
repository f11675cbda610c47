package dev.vpclab.repl;

import dev.vpclab.Vpclab;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * JLine's completion, answered by core: the same candidates the Jupyter kernel offers. {@link
 * InputParser} already asked core for them when JLine parsed the line to complete.
 */
final class CoreCompleter implements Completer {
  private final Vpclab vpclab;

  CoreCompleter(Vpclab vpclab) {
    this.vpclab = vpclab;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    List<dev.vpclab.assist.Candidate> offered =
        line instanceof InputParser.Line parsed
            ? parsed.completions().candidates()
            : vpclab.completions(line.line(), line.cursor()).candidates();
    for (int i = 0; i < offered.size(); i++) {
      var c = offered.get(i);
      // sort keeps core's order (required options first, then the rest) within each group
      candidates.add(
          new Candidate(
              c.value(),
              c.value(),
              c.group(),
              c.description().orElse(null),
              null,
              null,
              c.complete(),
              i));
    }
  }
}
