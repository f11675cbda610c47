package dev.vpclab.iam.policy;

/**
 * Why a statement did not apply: the first element that did not match, and in what way, for the
 * learner ("the request has no aws:SourceVpce").
 */
public record Mismatch(Element element, String detail) {

  /** The parts of a statement, in the order they are checked. */
  public enum Element {
    EFFECT,
    ACTION,
    RESOURCE,
    PRINCIPAL,
    CONDITION
  }

  @Override
  public String toString() {
    return element.name().toLowerCase(java.util.Locale.ROOT) + ": " + detail;
  }
}
