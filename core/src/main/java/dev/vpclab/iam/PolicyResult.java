package dev.vpclab.iam;

import dev.vpclab.iam.policy.StatementResult;
import java.util.List;
import java.util.Optional;

/**
 * One policy checked against a request, with every statement's result, so a learner can be shown
 * which statement decided and why the others did not apply.
 */
public record PolicyResult(PolicySource source, List<StatementResult> statements) {

  /** What the policy as a whole says: a deny in it outweighs an allow in it. */
  public enum Outcome {
    ALLOWS,
    DENIES,
    DOES_NOT_APPLY
  }

  public PolicyResult {
    statements = List.copyOf(statements);
  }

  public Outcome outcome() {
    if (statements.stream().anyMatch(StatementResult::denies)) {
      return Outcome.DENIES;
    }
    return statements.stream().anyMatch(StatementResult::allows)
        ? Outcome.ALLOWS
        : Outcome.DOES_NOT_APPLY;
  }

  /** The statement behind the outcome: the first that denies, else the first that allows. */
  public Optional<StatementResult> deciding() {
    return switch (outcome()) {
      case DENIES -> statements.stream().filter(StatementResult::denies).findFirst();
      case ALLOWS -> statements.stream().filter(StatementResult::allows).findFirst();
      case DOES_NOT_APPLY -> Optional.empty();
    };
  }
}
