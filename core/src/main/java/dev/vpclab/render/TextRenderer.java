package dev.vpclab.render;

import dev.vpclab.outcome.Note;
import dev.vpclab.outcome.Outcome;
import dev.vpclab.outcome.Part;
import dev.vpclab.render.diagram.TextDiagram;
import dev.vpclab.trace.Verdict;
import java.util.List;

/**
 * Renders an outcome for a terminal: program output exactly as printed, vpclab's notes after it on
 * lines of their own marked with {@code »} (dimmed when colour is on), tables aligned in columns.
 */
public final class TextRenderer {
  private static final String DIM = "\u001b[2m";
  private static final String BOLD = "\u001b[1m";
  private static final String RED = "\u001b[31m";
  private static final String GREEN = "\u001b[32m";
  private static final String RESET = "\u001b[0m";

  private final boolean color;

  public TextRenderer(boolean color) {
    this.color = color;
  }

  public String render(Outcome outcome) {
    var out = new StringBuilder();
    for (Part part : outcome.parts()) {
      if (part instanceof Part.Output o) {
        out.append(o.text());
        continue;
      }
      if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
        out.append('\n');
      }
      if (part instanceof Part.Remark r) {
        out.append(style(DIM, "» " + label(r.note()))).append('\n');
      } else if (part instanceof Part.Table t) {
        table(out, t);
      } else if (part instanceof Part.Traced t) {
        if (t.expanded()) {
          out.append(style(DIM, TraceText.render(t.trace(), t.number())));
        }
      } else if (part instanceof Part.Diagram d) {
        diagram(out, TextDiagram.render(d.topology(), d.path()));
      } else if (part instanceof Part.Problem p) {
        out.append(style(RED, "vpclab: " + p.message())).append('\n');
      }
    }
    return out.toString();
  }

  /** The tree as it is, a marked line in the mark's colour. */
  private void diagram(StringBuilder out, String text) {
    for (String line : text.split("\n", -1)) {
      if (line.endsWith(Verdict.FAIL.mark())) {
        out.append(style(RED, line));
      } else if (line.endsWith(Verdict.PASS.mark())) {
        out.append(style(GREEN, line));
      } else {
        out.append(line);
      }
      out.append('\n');
    }
    out.setLength(out.length() - 1);
  }

  private static String label(Note note) {
    return switch (note.kind()) {
      case WHY -> "why: " + note.text();
      case HINT -> "hint: " + note.text();
      case CHANGED, INFO -> note.text();
    };
  }

  private void table(StringBuilder out, Part.Table table) {
    if (!table.title().isEmpty()) {
      out.append(style(BOLD, table.title())).append('\n');
    }
    int columns = table.headers().size();
    int[] widths = new int[columns];
    for (int c = 0; c < columns; c++) {
      widths[c] = table.headers().get(c).length();
      for (List<String> row : table.rows()) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    out.append(style(BOLD, line(table.headers(), widths))).append('\n');
    for (List<String> row : table.rows()) {
      out.append(line(row, widths)).append('\n');
    }
  }

  private static String line(List<String> cells, int[] widths) {
    var out = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      out.append(cell);
      if (c < cells.size() - 1) {
        out.append(" ".repeat(widths[c] - cell.length() + 2));
      }
    }
    return out.toString().stripTrailing();
  }

  private String style(String code, String text) {
    return color ? code + text + RESET : text;
  }
}
