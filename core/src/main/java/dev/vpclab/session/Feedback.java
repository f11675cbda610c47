package dev.vpclab.session;

import dev.vpclab.outcome.Note;
import dev.vpclab.outcome.Part;
import java.util.ArrayList;
import java.util.List;

/**
 * How much vpclab says beside the output, per {@code /set feedback}: concise keeps only what the
 * programs printed; normal adds what changed and, for a traced command that failed on its way or
 * ran on an instance, the deciding step in one line (and a hint) — not when the service itself
 * answered with an error, whose message says it all; verbose shows every trace in full.
 */
final class Feedback {
  private Feedback() {}

  static List<Part> apply(List<Part> parts, Settings.Feedback level, boolean onInstance) {
    var out = new ArrayList<Part>();
    var after = new ArrayList<Part>();
    for (Part part : parts) {
      if (part instanceof Part.Remark && level == Settings.Feedback.CONCISE) {
        continue;
      }
      if (part instanceof Part.Traced traced) {
        var trace = traced.trace();
        out.add(level == Settings.Feedback.VERBOSE ? traced.expand() : traced);
        boolean serviceAnswered =
            trace.deciding().component().kind() == dev.vpclab.trace.Component.Kind.SERVICE;
        if (level != Settings.Feedback.CONCISE
            && !serviceAnswered
            && (!trace.succeeded() || onInstance)) {
          // The why follows the output the command printed, which arrives after the trace.
          after.add(new Part.Remark(Note.why(trace.why())));
          trace.hint().ifPresent(h -> after.add(new Part.Remark(Note.hint(h))));
        }
        continue;
      }
      out.add(part);
    }
    out.addAll(after);
    return out;
  }
}
