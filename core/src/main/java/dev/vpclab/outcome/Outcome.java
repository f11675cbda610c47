package dev.vpclab.outcome;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything one evaluated input produced: the parts in order, the exit status of the last command
 * (as {@code $?} would show it), and whether the session should end.
 */
public record Outcome(List<Part> parts, int exitStatus, boolean endsSession) {
  public Outcome {
    parts = List.copyOf(parts);
  }

  public static Outcome empty() {
    return new Outcome(List.of(), 0, false);
  }

  /** What a program wrote to standard output, all parts joined. */
  public String stdout() {
    return text(Part.Stream.STDOUT);
  }

  public String stderr() {
    return text(Part.Stream.STDERR);
  }

  public List<Note> notes() {
    var out = new ArrayList<Note>();
    parts.forEach(
        p -> {
          if (p instanceof Part.Remark r) {
            out.add(r.note());
          }
        });
    return out;
  }

  public boolean hasProblem() {
    return parts.stream().anyMatch(p -> p instanceof Part.Problem);
  }

  private String text(Part.Stream stream) {
    var out = new StringBuilder();
    for (Part part : parts) {
      if (part instanceof Part.Output o && o.stream() == stream) {
        out.append(o.text());
      }
    }
    return out.toString();
  }
}
