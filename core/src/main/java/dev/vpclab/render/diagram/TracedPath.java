package dev.vpclab.render.diagram;

import dev.vpclab.trace.Step;
import dev.vpclab.trace.Trace;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A trace drawn on a diagram, with the number {@code /explain N} knows it by.
 *
 * @param number the trace's number in the session, from 1
 */
public record TracedPath(int number, Trace trace) {

  /**
   * The latest of the session's traces that crossed something the diagram draws. Most traces are
   * API calls from the laptop that never enter a VPC; drawing one of those would light up nothing,
   * so the diagram shows the last path that did.
   */
  public static Optional<TracedPath> latestOn(Topology topology, List<Trace> traces) {
    Set<String> drawn = topology.ids();
    for (int i = traces.size() - 1; i >= 0; i--) {
      boolean crosses =
          traces.get(i).steps().stream()
              .map(Step::component)
              .anyMatch(c -> c.resourceId().filter(drawn::contains).isPresent());
      if (crosses) {
        return Optional.of(new TracedPath(i + 1, traces.get(i)));
      }
    }
    return Optional.empty();
  }

  /** {@code trace 7: ssh ec2-user@10.0.2.195 (TCP 22) — connection timed out}. */
  public String headline() {
    return "trace " + number + ": " + trace.title() + " — " + trace.outcome();
  }

  /** The deciding step in one line, its mark first: {@code ✘ route table rtb-… : …}. */
  public String verdictLine() {
    return trace.deciding().verdict().mark() + " " + trace.why();
  }
}
