package dev.vpclab.outcome;

/**
 * vpclab's own words beside a command's output: what changed, why something failed, a hint. A note
 * is never part of the command's output stream, so {@code X=$(...)} and {@code > file} capture
 * exactly what the real command would print.
 */
public record Note(Kind kind, String text) {
  public enum Kind {
    /** What a command changed in the model. */
    CHANGED,
    /** The deciding step of a result, in one line. */
    WHY,
    /** A suggestion for what to do next. */
    HINT,
    /** Anything else worth knowing, e.g. where the simulation differs from real AWS. */
    INFO
  }

  public static Note changed(String text) {
    return new Note(Kind.CHANGED, text);
  }

  public static Note why(String text) {
    return new Note(Kind.WHY, text);
  }

  public static Note hint(String text) {
    return new Note(Kind.HINT, text);
  }

  public static Note info(String text) {
    return new Note(Kind.INFO, text);
  }
}
