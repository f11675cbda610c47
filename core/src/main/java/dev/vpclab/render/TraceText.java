package dev.vpclab.render;

import dev.vpclab.trace.Step;
import dev.vpclab.trace.Trace;

/** A trace as plain text: one line per step, ✔/✘ first, the deciding step marked. */
public final class TraceText {
  private TraceText() {}

  public static String render(Trace trace, int number) {
    var out = new StringBuilder();
    out.append("trace ")
        .append(number)
        .append(": ")
        .append(trace.title())
        .append(" — ")
        .append(trace.outcome())
        .append('\n');
    for (int i = 0; i < trace.steps().size(); i++) {
      Step step = trace.steps().get(i);
      out.append(i == trace.decidingStep() ? " → " : "   ")
          .append(step.verdict().mark())
          .append(' ')
          .append(step.component())
          .append(": ")
          .append(step.detail());
      step.explanationCode().ifPresent(c -> out.append(" [").append(c).append(']'));
      out.append('\n');
    }
    trace.hint().ifPresent(h -> out.append("   hint: ").append(h).append('\n'));
    return out.toString();
  }
}
