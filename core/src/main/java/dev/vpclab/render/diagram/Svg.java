package dev.vpclab.render.diagram;

import dev.vpclab.render.HtmlRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes SVG elements, escaping every text and attribute value, with presentation attributes only
 * (no CSS classes, no scripts, no IDs that could collide when several diagrams share a page).
 */
final class Svg {
  static final String FONT = "DejaVu Sans Mono, Menlo, Consolas, monospace";

  /** A point of a drawing, in pixels. */
  record Point(double x, double y) {}

  private final StringBuilder out = new StringBuilder();

  /** A rectangle; {@code dash} empty for a solid outline, {@code stroke} "none" for none. */
  Svg rect(
      double x,
      double y,
      double w,
      double h,
      double radius,
      String fill,
      String stroke,
      double strokeWidth,
      String dash) {
    out.append("<rect x=\"")
        .append(num(x))
        .append("\" y=\"")
        .append(num(y))
        .append("\" width=\"")
        .append(num(w))
        .append("\" height=\"")
        .append(num(h))
        .append('"');
    if (radius > 0) {
      out.append(" rx=\"").append(num(radius)).append('"');
    }
    attr("fill", fill).attr("stroke", stroke);
    if (!stroke.equals("none")) {
      attr("stroke-width", num(strokeWidth));
    }
    if (!dash.isEmpty()) {
      attr("stroke-dasharray", dash);
    }
    out.append("/>\n");
    return this;
  }

  /** One line of text; {@code anchor} is start, middle or end. */
  Svg text(double x, double y, String text, int size, boolean bold, String fill, String anchor) {
    out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append('"');
    attr("font-family", FONT).attr("font-size", String.valueOf(size)).attr("fill", fill);
    if (bold) {
      attr("font-weight", "bold");
    }
    if (!anchor.equals("start")) {
      attr("text-anchor", anchor);
    }
    out.append('>').append(escape(text)).append("</text>\n");
    return this;
  }

  Svg polyline(List<Point> points, String stroke, double width, String dash) {
    out.append("<polyline points=\"").append(points(points)).append('"');
    attr("fill", "none").attr("stroke", stroke).attr("stroke-width", num(width));
    attr("stroke-linejoin", "round");
    if (!dash.isEmpty()) {
      attr("stroke-dasharray", dash);
    }
    out.append("/>\n");
    return this;
  }

  Svg polygon(List<Point> points, String fill) {
    out.append("<polygon points=\"").append(points(points)).append('"');
    attr("fill", fill);
    out.append("/>\n");
    return this;
  }

  Svg line(Point from, Point to, String stroke, double width) {
    out.append("<line x1=\"")
        .append(num(from.x()))
        .append("\" y1=\"")
        .append(num(from.y()))
        .append("\" x2=\"")
        .append(num(to.x()))
        .append("\" y2=\"")
        .append(num(to.y()))
        .append('"');
    attr("stroke", stroke).attr("stroke-width", num(width));
    out.append("/>\n");
    return this;
  }

  /** A line with an arrow head at its end; the line stops where the head begins. */
  Svg arrow(List<Point> points, String stroke, double width, String dash) {
    double head = 8;
    double half = width > 2 ? 5 : 4;
    Point last = points.get(points.size() - 1);
    Point before = points.get(points.size() - 2);
    double dx = Math.signum(last.x() - before.x());
    double dy = Math.signum(last.y() - before.y());
    var shaft = new ArrayList<>(points);
    shaft.set(shaft.size() - 1, new Point(last.x() - dx * head, last.y() - dy * head));
    polyline(shaft, stroke, width, dash);
    return polygon(
        List.of(
            last,
            new Point(last.x() - dx * head - dy * half, last.y() - dy * head + dx * half),
            new Point(last.x() - dx * head + dy * half, last.y() - dy * head - dx * half)),
        stroke);
  }

  /** A line ending in a cross: it leads nowhere. */
  Svg crossed(List<Point> points, String stroke, double width, String dash) {
    Point last = points.get(points.size() - 1);
    polyline(points, stroke, width, dash);
    line(new Point(last.x() - 4, last.y() - 4), new Point(last.x() + 4, last.y() + 4), stroke, 2);
    return line(
        new Point(last.x() - 4, last.y() + 4), new Point(last.x() + 4, last.y() - 4), stroke, 2);
  }

  /**
   * Opens a group standing for one resource: {@code data-kind} and {@code data-id} say which,
   * {@code data-path} how the traced path fared there ({@code pass}, {@code fail}, or empty when it
   * did not come by), and a {@code <title>} gives a tooltip.
   */
  Svg open(String kind, String id, String path, String tooltip) {
    out.append("<g");
    attr("data-kind", kind);
    if (!id.isEmpty()) {
      attr("data-id", id);
    }
    if (!path.isEmpty()) {
      attr("data-path", path);
    }
    out.append(">\n");
    if (!tooltip.isEmpty()) {
      out.append("<title>").append(escape(tooltip)).append("</title>\n");
    }
    return this;
  }

  /** Opens a group whose contents are drawn from {@code (x, y)}. */
  Svg translate(double x, double y) {
    out.append("<g transform=\"translate(")
        .append(num(x))
        .append(',')
        .append(num(y))
        .append(")\">\n");
    return this;
  }

  Svg close() {
    out.append("</g>\n");
    return this;
  }

  /** The whole document, sized to its content, on a background of its own. */
  String document(double width, double height, String background, String label) {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\""
        + num(width)
        + "\" height=\""
        + num(height)
        + "\" viewBox=\"0 0 "
        + num(width)
        + " "
        + num(height)
        + "\" role=\"img\" aria-label=\""
        + escape(label)
        + "\">\n"
        + "<rect x=\"0\" y=\"0\" width=\""
        + num(width)
        + "\" height=\""
        + num(height)
        + "\" fill=\""
        + background
        + "\"/>\n"
        + out
        + "</svg>\n";
  }

  private Svg attr(String name, String value) {
    out.append(' ').append(name).append("=\"").append(escape(value)).append('"');
    return this;
  }

  private static String points(List<Point> points) {
    var text = new StringBuilder();
    for (Point p : points) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(num(p.x())).append(',').append(num(p.y()));
    }
    return text.toString();
  }

  /** Whole pixels print without a fraction; others with one decimal, always with a dot. */
  static String num(double value) {
    double rounded = Math.round(value * 10) / 10.0;
    if (rounded == Math.rint(rounded)) {
      return String.valueOf((long) rounded);
    }
    return String.format(Locale.ROOT, "%.1f", rounded);
  }

  /**
   * XML-escaped text, already free of characters XML cannot hold ({@link Labels#clean}): the same
   * five characters the HTML fragments escape.
   */
  static String escape(String text) {
    return HtmlRenderer.escape(Labels.clean(text));
  }
}
