package dev.vpclab.render.diagram;

import dev.vpclab.render.diagram.Svg.Point;
import dev.vpclab.trace.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A topology as a standalone SVG document for Jupyter: each VPC laid out by {@link VpcDrawing}
 * (zones as columns, subnet cards, instance and NAT chips, the internet gateway on the top border,
 * endpoints on the right one, orthogonal route arrows, blackholes dashed), the traced path's
 * components outlined in green with ✔ and the one that stopped it in red with ✘, then the path's
 * headline and a legend. Deterministic (the same topology gives the same bytes), sized to its
 * content, styled with attributes only, no scripts, every text escaped.
 */
public final class SvgDiagram {
  private static final double PAD = 16;
  private static final double VPC_GAP = 28;

  private SvgDiagram() {}

  public static String render(Topology topology, Optional<TracedPath> path) {
    PathMarks marks = PathMarks.of(topology, path);
    List<VpcDrawing> drawings =
        topology.vpcs().stream().map(v -> new VpcDrawing(v, marks)).toList();
    double widest = drawings.stream().mapToDouble(VpcDrawing::width).max().orElse(0);
    double width = Math.max(widest, legendWidth()) + 2 * PAD;
    var svg = new Svg();
    double y = PAD;
    for (VpcDrawing drawing : drawings) {
      svg.translate(PAD, y);
      drawing.draw(svg);
      svg.close();
      y += drawing.height() + VPC_GAP;
    }
    y -= VPC_GAP - PAD;
    if (path.isPresent()) {
      y = footer(svg, path.get(), width, y);
    }
    y = legend(svg, y);
    return svg.document(width, y + PAD, Style.BACKGROUND, label(topology));
  }

  /** The path's headline and deciding step, wrapped to the width. */
  private static double footer(Svg svg, TracedPath path, double width, double top) {
    int columns = (int) ((width - 2 * PAD) / Style.CHAR_WIDTH);
    Verdict verdict = path.trace().deciding().verdict();
    String color = verdict == Verdict.FAIL ? Style.FAIL : Style.PASS;
    double y = top;
    svg.open("path", "", verdict == Verdict.FAIL ? "fail" : "pass", path.headline());
    for (String line : wrap("Path: " + path.headline(), columns)) {
      svg.text(PAD, y + 13, line, Style.FONT_SIZE, true, Style.TEXT, "start");
      y += Style.LINE;
    }
    for (String line : wrap(path.verdictLine(), columns)) {
      svg.text(PAD, y + 13, line, Style.FONT_SIZE, false, color, "start");
      y += Style.LINE;
    }
    svg.close();
    return y + 6;
  }

  /** One entry of the legend: a filled box or a line sample, and what it means. */
  private record Key(boolean box, String fill, String stroke, String dash, String text) {
    double width() {
      return (box ? 20 : 30) + Style.width(text) + 18;
    }

    void draw(Svg svg, double x, double y) {
      if (box) {
        svg.rect(x, y - 6, 14, 12, 2, fill, stroke, 1.5, "");
      } else {
        svg.polyline(List.of(new Point(x, y), new Point(x + 24, y)), stroke, 2, dash);
      }
      svg.text(x + (box ? 20 : 30), y + 4, text, 11, false, Style.MUTED, "start");
    }
  }

  private static final List<Key> LEGEND =
      List.of(
          new Key(true, Style.PUBLIC_FILL, Style.PUBLIC, "", "public subnet"),
          new Key(true, Style.PRIVATE_FILL, Style.PRIVATE, "", "private subnet"),
          new Key(false, "", Style.ROUTE, "", "route"),
          new Key(false, "", Style.BLACKHOLE, Style.BLACKHOLE_DASH, "blackhole"),
          new Key(false, "", Style.PASS, "", "path ✔"),
          new Key(false, "", Style.FAIL, "", "stopped ✘"));

  private static double legendWidth() {
    return LEGEND.stream().mapToDouble(Key::width).sum();
  }

  /** What the colours and lines mean. */
  private static double legend(Svg svg, double top) {
    double y = top + 10;
    double x = PAD;
    svg.open("legend", "", "", "");
    for (Key key : LEGEND) {
      key.draw(svg, x, y);
      x += key.width();
    }
    svg.close();
    return y + 8;
  }

  /** Words to lines of at most {@code columns} characters; a longer word gets a line of its own. */
  static List<String> wrap(String text, int columns) {
    var lines = new ArrayList<String>();
    var line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > columns) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static String label(Topology topology) {
    return "diagram of " + String.join(", ", topology.vpcs().stream().map(Labels::vpc).toList());
  }
}
