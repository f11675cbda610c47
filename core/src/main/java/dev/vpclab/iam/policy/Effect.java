package dev.vpclab.iam.policy;

import java.util.Optional;

/** What a statement does when it applies. */
public enum Effect {
  ALLOW("Allow"),
  DENY("Deny");

  private final String text;

  Effect(String text) {
    this.text = text;
  }

  /** The effect as a policy spells it; the policy language is case-sensitive here. */
  public static Optional<Effect> parse(String text) {
    for (Effect e : values()) {
      if (e.text.equals(text)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return text;
  }
}
