package dev.vpclab.trace;

/** How one step judged the traffic or the request. */
public enum Verdict {
  /** It let it through (✔). */
  PASS,
  /** It stopped it (✘): the deciding step of a failed trace. */
  FAIL,
  /** Something worth showing that decides nothing, e.g. which region the CLI chose. */
  INFO;

  public String mark() {
    return switch (this) {
      case PASS -> "✔";
      case FAIL -> "✘";
      case INFO -> "·";
    };
  }
}
