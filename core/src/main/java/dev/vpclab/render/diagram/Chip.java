package dev.vpclab.render.diagram;

import dev.vpclab.trace.Verdict;
import java.util.List;
import java.util.Optional;

/**
 * A box of text lines standing for one resource: an instance, a NAT gateway, the internet gateway,
 * an endpoint. Outlined in its kind's colour, or in the path's colour when the traced path went
 * through it, with ✔ or ✘ in its corner.
 */
record Chip(
    String kind,
    String id,
    String tooltip,
    List<Line> lines,
    String outline,
    Optional<Verdict> mark) {

  /**
   * One line of text. A line standing for a component of its own (a route table, a route, a
   * security group) names it with {@code kind} and {@code id}, and may carry the path's mark.
   */
  record Line(
      String text,
      boolean bold,
      String color,
      double indent,
      String kind,
      String id,
      Optional<Verdict> mark) {
    static Line bold(String text, String color) {
      return new Line(text, true, color, 0, "", "", Optional.empty());
    }

    static Line plain(String text) {
      return new Line(text, false, Style.TEXT, 0, "", "", Optional.empty());
    }

    static Line component(String kind, String id, String text, Optional<Verdict> mark) {
      return new Line(text, false, Style.TEXT, 0, kind, id, mark);
    }

    /** A line under the one before, such as a route under its route table. */
    Line indented() {
      return new Line(text, bold, color, indent + 2 * Style.CHAR_WIDTH, kind, id, mark);
    }

    /** Indent, text, a gap and room for a mark. */
    double width() {
      return indent + Style.width(text) + 24;
    }
  }

  Chip {
    lines = List.copyOf(lines);
  }

  double width() {
    return lines.stream().mapToDouble(Line::width).max().orElse(0) + 2 * Style.PAD;
  }

  double height() {
    return lines.size() * Style.LINE + Style.PAD;
  }

  void draw(Svg svg, double x, double y, double w) {
    svg.open(kind, id, Style.pathAttribute(mark), tooltip);
    svg.rect(
        x,
        y,
        w,
        height(),
        6,
        Style.CHIP_FILL,
        Style.color(mark, outline),
        mark.isPresent() ? 2.5 : 1.5,
        "");
    drawLines(svg, lines, x, y + Style.PAD / 2, w);
    mark.ifPresent(m -> badge(svg, x + w - 14, y + 14, m));
    svg.close();
  }

  /**
   * Lines of text from {@code top}, each marked line on a tinted band with its mark at the right.
   */
  static void drawLines(Svg svg, List<Line> lines, double x, double top, double w) {
    double y = top;
    for (Line line : lines) {
      if (!line.kind().isEmpty()) {
        svg.open(line.kind(), line.id(), Style.pathAttribute(line.mark()), "");
      }
      if (line.mark().isPresent()) {
        Verdict mark = line.mark().get();
        String color = Style.color(line.mark(), "");
        svg.rect(x + 3, y + 1, w - 6, Style.LINE - 2, 3, Style.fill(mark), "none", 0, "");
        svg.text(x + w - 10, y + 13, mark.mark(), Style.FONT_SIZE, true, color, "end");
      }
      svg.text(
          x + Style.PAD + line.indent(),
          y + 13,
          line.text(),
          Style.FONT_SIZE,
          line.bold(),
          Style.color(line.mark(), line.color()),
          "start");
      if (!line.kind().isEmpty()) {
        svg.close();
      }
      y += Style.LINE;
    }
  }

  /** ✔ or ✘ in a small disc. */
  static void badge(Svg svg, double cx, double cy, Verdict mark) {
    String color = Style.color(Optional.of(mark), "");
    svg.rect(cx - 8, cy - 8, 16, 16, 8, color, "none", 0, "");
    svg.text(cx, cy + 4.5, mark.mark(), 12, true, "#FFFFFF", "middle");
  }
}
