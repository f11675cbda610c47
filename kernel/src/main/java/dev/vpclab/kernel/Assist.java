package dev.vpclab.kernel;

import dev.vpclab.Vpclab;
import dev.vpclab.assist.Candidate;
import dev.vpclab.assist.Completions;
import dev.vpclab.render.HtmlRenderer;
import dev.vpclab.session.Inputs;
import dev.vpclab.shell.syntax.Completeness;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * Jupyter's questions while the learner types — what completes here, what is this, is this cell
 * complete — answered by the same {@link Vpclab} calls the REPL uses. Jupyter asks about a whole
 * cell with a cursor in code points; vpclab answers about one input with a UTF-16 cursor: the cell
 * is cut into inputs as it will run, and positions are converted both ways.
 */
final class Assist {
  private final Vpclab vpclab;
  private final HtmlRenderer html = new HtmlRenderer();

  Assist(Vpclab vpclab) {
    this.vpclab = vpclab;
  }

  Completion complete(String cell, int cursorCodePoints) {
    int cursor = CodePoints.toUtf16(cell, cursorCodePoints);
    Inputs.Located input = inputAt(cell, cursor);
    Completions found = vpclab.completions(input.text(), cursor - input.start());
    var unique = new LinkedHashMap<String, Completion.Match>();
    for (Candidate c : found.candidates()) {
      unique.putIfAbsent(
          c.value(), new Completion.Match(c.value(), c.group(), c.description().orElse("")));
    }
    return new Completion(
        CodePoints.fromUtf16(cell, input.start() + found.anchor()),
        CodePoints.fromUtf16(cell, cursor),
        List.copyOf(unique.values()));
  }

  /** The help of the operation or option under the cursor, or what the resource there is. */
  Optional<MimeBundle> inspect(String cell, int cursorCodePoints) {
    int cursor = CodePoints.toUtf16(cell, cursorCodePoints);
    Inputs.Located input = inputAt(cell, cursor);
    return vpclab
        .inspect(input.text(), cursor - input.start())
        .map(
            found ->
                MimeBundle.plain(found.title() + "\n" + found.body())
                    .with(MimeBundle.HTML, html.inspection(found)));
  }

  /**
   * Whether the cell can run as it is: invalid if any input can never run, incomplete if its last
   * input needs more lines (a trailing {@code \}, an open quote).
   */
  Completeness isComplete(String cell) {
    List<String> inputs = Inputs.split(cell);
    for (String input : inputs) {
      if (vpclab.isComplete(input) == Completeness.INVALID) {
        return Completeness.INVALID;
      }
    }
    return inputs.isEmpty()
        ? Completeness.COMPLETE
        : vpclab.isComplete(inputs.get(inputs.size() - 1));
  }

  /** The input the cursor is in; on a blank line, an empty input starting at the cursor. */
  private static Inputs.Located inputAt(String cell, int cursor) {
    return Inputs.locate(cell).stream()
        .filter(input -> input.covers(cursor))
        .findFirst()
        .orElse(new Inputs.Located(cursor, ""));
  }
}
