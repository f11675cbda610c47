package dev.vpclab.render;

import dev.vpclab.assist.Inspection;
import dev.vpclab.outcome.Note;
import dev.vpclab.outcome.Part;
import dev.vpclab.trace.Step;
import dev.vpclab.trace.Trace;
import dev.vpclab.trace.Verdict;
import java.util.List;

/**
 * Renders vpclab's own parts of an outcome as HTML fragments for Jupyter: notes, tables, traces,
 * problems and inspections. Program output is not its business (a front end shows it as the program
 * printed it). Every fragment is self-contained: text escaped, inline styles only, no scripts and
 * no classes, because untrusted notebooks are sanitized and run no JavaScript. Colours are
 * mid-tones that read on light and dark themes alike.
 */
public final class HtmlRenderer {
  private static final String MONO = "font-family:monospace;font-size:90%;";
  private static final String GREEN = "#2e7d32";
  private static final String RED = "#c62828";
  private static final String BLUE = "#1565c0";
  private static final String AMBER = "#a86b00";
  private static final String GREY = "#808080";

  /** vpclab's notes, one line each, marked with {@code »} as in the terminal. */
  public String notes(List<Note> notes) {
    var out = new StringBuilder("<div style=\"" + MONO + "\">");
    for (Note note : notes) {
      out.append("<div>")
          .append(span("color:" + GREY, "» "))
          .append(noteBody(note))
          .append("</div>");
    }
    return out.append("</div>").toString();
  }

  private static String noteBody(Note note) {
    return switch (note.kind()) {
      case CHANGED -> span("color:" + GREEN, escape(note.text()));
      case WHY -> span("color:" + BLUE + ";font-weight:bold", "why:") + " " + escape(note.text());
      case HINT ->
          span("color:" + AMBER + ";font-weight:bold", "hint:") + " " + escape(note.text());
      case INFO -> span("color:" + GREY, escape(note.text()));
    };
  }

  /** A table of vpclab's own ({@code /resources}, {@code /explain list}). */
  public String table(Part.Table table) {
    var out = new StringBuilder("<table style=\"border-collapse:collapse;" + MONO + "\">");
    if (!table.title().isEmpty()) {
      out.append("<caption style=\"text-align:left;font-weight:bold\">")
          .append(escape(table.title()))
          .append("</caption>");
    }
    out.append("<thead><tr>");
    for (String header : table.headers()) {
      out.append("<th style=\"text-align:left;padding:2px 10px 2px 0;border-bottom:1px solid ")
          .append(GREY)
          .append("\">")
          .append(escape(header))
          .append("</th>");
    }
    out.append("</tr></thead><tbody>");
    for (List<String> row : table.rows()) {
      out.append("<tr>");
      for (String cell : row) {
        out.append("<td style=\"text-align:left;padding:1px 10px 1px 0;white-space:nowrap\">")
            .append(escape(cell))
            .append("</td>");
      }
      out.append("</tr>");
    }
    return out.append("</tbody></table>").toString();
  }

  /**
   * A trace in full: its title and outcome, then one list item per step with ✔/✘, the component and
   * what matched; the deciding step highlighted, its explanation code beside it.
   */
  public String trace(Trace trace, int number) {
    var out = new StringBuilder("<div style=\"" + MONO + "\">");
    out.append("<div style=\"font-weight:bold\">")
        .append("trace ")
        .append(number)
        .append(": ")
        .append(escape(trace.title()))
        .append(" — ")
        .append(span("color:" + (trace.succeeded() ? GREEN : RED), escape(trace.outcome())))
        .append("</div>");
    out.append("<ol style=\"list-style:none;margin:4px 0;padding-left:0\">");
    for (int i = 0; i < trace.steps().size(); i++) {
      out.append(step(trace.steps().get(i), i == trace.decidingStep()));
    }
    out.append("</ol>");
    trace
        .hint()
        .ifPresent(
            h ->
                out.append("<div>")
                    .append(span("color:" + AMBER + ";font-weight:bold", "hint:"))
                    .append(' ')
                    .append(escape(h))
                    .append("</div>"));
    return out.append("</div>").toString();
  }

  private static String step(Step step, boolean deciding) {
    String colour = colour(step.verdict());
    String style =
        deciding
            ? "padding:1px 4px;font-weight:bold;border-left:3px solid "
                + colour
                + ";background:rgba(128,128,128,0.15)"
            : "padding:1px 4px;border-left:3px solid transparent";
    var out = new StringBuilder("<li style=\"" + style + "\">");
    out.append(span("color:" + colour, step.verdict().mark()))
        .append(' ')
        .append(escape(step.component().toString()))
        .append(": ")
        .append(escape(step.detail()));
    step.explanationCode()
        .ifPresent(c -> out.append(' ').append(span("color:" + colour, "[" + escape(c) + "]")));
    return out.append("</li>").toString();
  }

  private static String colour(Verdict verdict) {
    return switch (verdict) {
      case PASS -> GREEN;
      case FAIL -> RED;
      case INFO -> GREY;
    };
  }

  /** A problem of vpclab's own, as the terminal shows it: {@code vpclab: message}, in red. */
  public String problem(Part.Problem problem) {
    return "<div style=\""
        + MONO
        + "color:"
        + RED
        + "\">vpclab: "
        + escape(problem.message())
        + "</div>";
  }

  /** What the thing under the cursor is: its title in bold, its help as preformatted text. */
  public String inspection(Inspection inspection) {
    return "<div><div style=\"font-weight:bold\">"
        + escape(inspection.title())
        + "</div><pre style=\"margin:4px 0;white-space:pre-wrap\">"
        + escape(inspection.body())
        + "</pre></div>";
  }

  private static String span(String style, String html) {
    return "<span style=\"" + style + "\">" + html + "</span>";
  }

  /** Text as HTML: the five characters HTML gives meaning to, escaped. */
  public static String escape(String text) {
    var out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
