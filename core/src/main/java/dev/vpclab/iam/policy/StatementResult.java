package dev.vpclab.iam.policy;

import java.util.Optional;

/**
 * One statement checked against a request: whether it applied and, if not, why. The statement is
 * named by its index in the policy (from 0) and its Sid when it has one.
 */
public record StatementResult(
    int index, Optional<String> sid, Optional<Effect> effect, Optional<Mismatch> mismatch) {

  public boolean applies() {
    return mismatch.isEmpty();
  }

  public boolean allows() {
    return applies() && effect.equals(Optional.of(Effect.ALLOW));
  }

  public boolean denies() {
    return applies() && effect.equals(Optional.of(Effect.DENY));
  }

  /** How a trace names the statement: {@code statement 1 (Sid "DenyOtherVpce")}. */
  public String label() {
    return "statement " + index + sid.map(s -> " (Sid \"" + s + "\")").orElse("");
  }
}
