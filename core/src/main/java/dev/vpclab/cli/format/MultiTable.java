package dev.vpclab.cli.format;

import java.util.ArrayList;
import java.util.List;

/**
 * The sections of one table and how they are drawn: a port of {@code MultiTable} and its helpers in
 * the CLI's {@code table.py}. Every section is as wide as the widest one; a nested section is drawn
 * inside one {@code |} per level on each side. If the table is wider than the terminal, every
 * single-row section is first turned into {@code header | value} rows; nothing else wraps.
 */
final class MultiTable {
  private static final String RESET = "\u001b[0m";
  private static final String ROW_STYLE = "\u001b[1m\u001b[34m";
  private static final String INDENT_STYLE = "\u001b[2m\u001b[33m";

  private final List<TableSection> sections = new ArrayList<>();

  /** Starts a section; later headers and rows go into it. */
  void newSection(String title, int indentLevel) {
    sections.add(new TableSection(title, indentLevel));
  }

  void addRowHeader(List<String> headers) {
    current().addHeader(headers);
  }

  void addRow(List<String> cells) {
    current().addRow(cells);
  }

  private TableSection current() {
    return sections.get(sections.size() - 1);
  }

  String render(Display display) {
    Output out = new Output(display.color());
    int maxWidth = maxWidth();
    if (maxWidth > display.width()) {
      sections.replaceAll(s -> s.rows().size() == 1 && !s.headers().isEmpty() ? s.vertical() : s);
      maxWidth = maxWidth();
    }
    out.write("-".repeat(maxWidth) + "\n");
    for (TableSection section : sections) {
      String indent = out.styleIndentation("|").repeat(section.indentLevel());
      Indented stream = new Indented(out, indent);
      int width = maxWidth - section.indentLevel() * 2;
      renderTitle(section, width, stream);
      renderColumnTitles(section, width, stream);
      renderRows(section, width, stream, out);
    }
    return out.close();
  }

  private int maxWidth() {
    return sections.stream()
        .mapToInt(s -> s.totalWidth(4, true, s.indentLevel()))
        .max()
        .orElseThrow();
  }

  private static void renderTitle(TableSection section, int width, Indented stream) {
    String title = section.title();
    if (title == null || title.isEmpty()) {
      return;
    }
    stream.write(centered(title, width, "|", "|") + "\n");
    if (section.headers().isEmpty() && section.rows().isEmpty()) {
      stream.write("+" + "-".repeat(Math.max(0, width - 2)) + "+\n");
    }
  }

  private static void renderColumnTitles(TableSection section, int width, Indented stream) {
    if (section.headers().isEmpty()) {
      return;
    }
    List<Integer> widths = section.columnWidths(4, width);
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < Math.min(widths.size(), section.headers().size()); i++) {
      line.append(centered(section.headers().get(i), widths.get(i), i == 0 ? "|" : "", "|"));
    }
    stream.write(lineBreak(widths));
    stream.write(line + "\n");
  }

  private static void renderRows(TableSection section, int width, Indented stream, Output out) {
    if (section.rows().isEmpty()) {
      return;
    }
    List<Integer> widths = section.columnWidths(4, width);
    if (widths.isEmpty()) {
      return;
    }
    stream.write(lineBreak(widths));
    for (List<String> row : section.rows()) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < Math.min(widths.size(), row.size()); i++) {
        String cell = row.get(i);
        line.append(
            leftAligned(out.styleRowElement(cell), TextWidth.of(cell), widths.get(i), i == 0));
      }
      stream.write(line + "\n");
    }
    stream.write(lineBreak(widths));
  }

  /** {@code +-----+------+}: a border under a title or around rows. */
  private static String lineBreak(List<Integer> widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < widths.size(); i++) {
      int dashes = widths.get(i) - (i == 0 ? 2 : 1);
      line.append(i == 0 ? "+" : "").append("-".repeat(Math.max(0, dashes))).append('+');
    }
    return line.append('\n').toString();
  }

  /** {@code center_text}: the text centred in {@code length} columns between the edges. */
  private static String centered(String text, int length, String leftEdge, String rightEdge) {
    int textLength = TextWidth.of(text);
    int start = Math.floorDiv(length, 2) - Math.floorDiv(textLength, 2) - 1;
    int soFar = leftEdge.length() + start + textLength;
    return leftEdge
        + spaces(start)
        + text
        + spaces(length - rightEdge.length() - soFar)
        + rightEdge;
  }

  /** {@code align_left}: two spaces, the text, then spaces up to the {@code |} edge. */
  private static String leftAligned(String text, int textLength, int length, boolean first) {
    String leftEdge = first ? "|" : "";
    int padding = length - (textLength + 2 + leftEdge.length() + 1) >= 0 ? 2 : 0;
    int soFar = leftEdge.length() + padding + textLength;
    return leftEdge + spaces(padding) + text + spaces(length - soFar - 1) + "|";
  }

  private static String spaces(int count) {
    return " ".repeat(Math.max(0, count));
  }

  /**
   * The CLI's stdout while drawing. With colour, the styler wraps cells in bright blue and bars in
   * dim yellow, and colorama, wrapping stdout with {@code autoreset=True}, may append a reset after
   * every single write, even an empty one (see {@link Display.Color}).
   */
  private static final class Output {
    private final StringBuilder text = new StringBuilder();
    private final Display.Color color;

    Output(Display.Color color) {
      this.color = color;
    }

    void write(String chunk) {
      text.append(chunk);
      if (color.resetAfterEveryWrite) {
        text.append(RESET);
      }
    }

    String styleRowElement(String cell) {
      return color.styled ? ROW_STYLE + cell + RESET : cell;
    }

    String styleIndentation(String bar) {
      return color.styled ? INDENT_STYLE + bar + RESET : bar;
    }

    String close() {
      return color.resetAtExit ? text + RESET : text.toString();
    }
  }

  /** {@code IndentedStream}: each line written between the section's nesting bars. */
  private record Indented(Output out, String indent) {
    void write(String line) {
      out.write(indent);
      if (line.endsWith("\n")) {
        out.write(line.substring(0, line.length() - 1));
        out.write(indent);
        out.write("\n");
      } else {
        out.write(line);
      }
    }
  }
}
