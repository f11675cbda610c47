package dev.vpclab.kernel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vpclab.outcome.Note;
import dev.vpclab.outcome.Outcome;
import dev.vpclab.outcome.Part;
import dev.vpclab.render.HtmlRenderer;
import dev.vpclab.render.ResponseTable;
import dev.vpclab.render.TextRenderer;
import dev.vpclab.render.diagram.SvgDiagram;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns what one input produced into what the notebook shows, in the order it happened:
 *
 * <ul>
 *   <li>what programs printed goes to the stdout and stderr streams, unchanged — except that an
 *       {@code aws} command's standard output that is one JSON document is shown as {@code
 *       application/json} (a tree in JupyterLab) beside the same text;
 *   <li>vpclab's notes, tables and expanded traces are displays: the REPL's text beside HTML; a
 *       {@code /diagram} is the REPL's drawing beside {@code image/svg+xml};
 *   <li>a problem of vpclab's own ends the cell as a Jupyter error named by its code, after
 *       everything else the input did (a script run by {@code /open} goes on after a problem, and
 *       what it printed is shown; a second problem is shown as a display).
 * </ul>
 */
final class OutcomeEmissions {
  private static final Pattern AWS_COMMAND = Pattern.compile("^\\s*aws(\\s|$)");
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  static final Note EXIT_NOTE =
      Note.info("/exit does nothing in Jupyter: restart the kernel for a fresh account");

  private final TextRenderer text = new TextRenderer(false);
  private final HtmlRenderer html = new HtmlRenderer();

  /**
   * @param last whether this is the cell's last input: its API response is the cell's result
   */
  List<Emission> of(String input, Outcome outcome, boolean last) {
    var out = new ArrayList<Emission>();
    var notes = new ArrayList<Note>();
    Optional<JsonNode> document = apiResponse(input, outcome);
    boolean documentShown = false;
    Emission.Failure failure = null; // the first problem: shown last, it ends the cell
    for (Part part : outcome.parts()) {
      if (part instanceof Part.Remark r) {
        notes.add(r.note());
        continue;
      }
      flushNotes(notes, out);
      if (part instanceof Part.Output o) {
        if (document.isPresent() && o.stream() == Part.Stream.STDOUT) {
          if (!documentShown) {
            out.add(json(outcome.stdout(), document.get(), last));
            documentShown = true;
          }
        } else {
          out.add(new Emission.Stream(o.stream(), o.text()));
        }
      } else if (part instanceof Part.Table t) {
        out.add(display(t, MimeBundle.HTML, html.table(t)));
      } else if (part instanceof Part.Diagram d) {
        // The topology as SVG for the notebook, the REPL's drawing as its text form.
        out.add(display(d, MimeBundle.SVG, SvgDiagram.render(d.topology(), d.path())));
      } else if (part instanceof Part.Traced t && t.expanded()) {
        out.add(display(t, MimeBundle.HTML, html.trace(t.trace(), t.number())));
      } else if (part instanceof Part.Problem p) {
        if (failure == null) {
          failure = Emission.Failure.of(p.code(), p.message());
        } else {
          out.add(display(p, MimeBundle.HTML, html.problem(p)));
        }
      }
    }
    if (outcome.endsSession()) {
      notes.add(EXIT_NOTE);
    }
    flushNotes(notes, out);
    if (failure != null) {
      out.add(failure);
    }
    return out;
  }

  private void flushNotes(List<Note> notes, List<Emission> out) {
    if (notes.isEmpty()) {
      return;
    }
    List<Part> remarks = notes.stream().<Part>map(Part.Remark::new).toList();
    out.add(
        new Emission.Display(
            MimeBundle.plain(plain(remarks)).with(MimeBundle.HTML, html.notes(notes))));
    notes.clear();
  }

  /** One of vpclab's parts: the REPL's text beside its rich form. */
  private Emission.Display display(Part part, String mimeType, String content) {
    return new Emission.Display(MimeBundle.plain(plain(List.of(part))).with(mimeType, content));
  }

  /**
   * The response as a tree, and — for a describe or list response — as an HTML table of its items
   * too (render.ResponseTable), beside the text the CLI printed.
   */
  private Emission json(String printed, JsonNode document, boolean asResult) {
    MimeBundle bundle = MimeBundle.plain(chomp(printed)).with(MimeBundle.JSON, document.toString());
    Optional<Part.Table> table = ResponseTable.of(document);
    if (table.isPresent()) {
      bundle = bundle.with(MimeBundle.HTML, html.table(table.get()));
    }
    return asResult ? new Emission.Result(bundle) : new Emission.Display(bundle);
  }

  /** The response document, when an aws command printed exactly one JSON object or array. */
  private static Optional<JsonNode> apiResponse(String input, Outcome outcome) {
    String stdout = outcome.stdout();
    if (!AWS_COMMAND.matcher(input).find() || stdout.isBlank()) {
      return Optional.empty();
    }
    try {
      JsonNode node = JSON.readTree(stdout);
      return node != null && node.isContainerNode() ? Optional.of(node) : Optional.empty();
    } catch (JsonProcessingException notOneDocument) {
      return Optional.empty();
    }
  }

  /** The REPL's rendering of vpclab's own parts, without colour. */
  private String plain(List<Part> parts) {
    return chomp(text.render(new Outcome(parts, 0, false)));
  }

  private static String chomp(String text) {
    return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
  }
}
