package dev.vpclab.outcome;

import dev.vpclab.render.diagram.Topology;
import dev.vpclab.render.diagram.TracedPath;
import java.util.List;
import java.util.Optional;

/** One piece of what a line of input produced, in the order it was produced. */
public sealed interface Part {

  /** Which stream a program wrote to. */
  enum Stream {
    STDOUT,
    STDERR
  }

  /** Text a simulated program printed, exactly as the real one would. */
  record Output(Stream stream, String text) implements Part {}

  /** vpclab's own words beside the output. */
  record Remark(Note note) implements Part {}

  /**
   * The explanation of a command that crossed the simulated network, numbered for {@code /explain
   * N}. Shown in full when {@code expanded} (feedback verbose, or {@code /explain}); otherwise a
   * front end may offer it folded, the why note beside it saying the gist.
   */
  record Traced(dev.vpclab.trace.Trace trace, int number, boolean expanded) implements Part {
    public Traced(dev.vpclab.trace.Trace trace, int number) {
      this(trace, number, false);
    }

    public Traced expand() {
      return new Traced(trace, number, true);
    }
  }

  /**
   * A table of vpclab's own, e.g. {@code /resources}: plain text in a terminal, HTML in Jupyter.
   */
  record Table(String title, List<String> headers, List<List<String>> rows) implements Part {
    public Table {
      headers = List.copyOf(headers);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  /**
   * A drawing of VPCs ({@code /diagram}) with the last traced path on it: a text tree in a terminal
   * ({@link dev.vpclab.render.diagram.TextDiagram}), SVG in Jupyter ({@link
   * dev.vpclab.render.diagram.SvgDiagram#render(Topology, Optional)}).
   */
  record Diagram(Topology topology, Optional<TracedPath> path) implements Part {}

  /**
   * A problem with vpclab itself rather than with a simulated program: an unknown meta command, a
   * file {@code /open} cannot read. Jupyter shows it as an error.
   */
  record Problem(String code, String message) implements Part {}
}
