package dev.vpclab.trace;

import java.util.List;
import java.util.Optional;

/**
 * The explanation of one command that crossed the simulated network: every step with its verdict,
 * the one that decided the outcome, and a hint where the fix is obvious. A failed path is not an
 * exception but an outcome like any other.
 *
 * @param title what was attempted, e.g. {@code aws s3 ls → s3.amazonaws.com:443 (ListBuckets)}
 * @param outcome what happened, in a few words: {@code listed}, {@code connect timeout}
 * @param decidingStep the index in {@code steps} of the step that decided the outcome
 * @param hint a suggested fix, if there is an obvious one
 */
public record Trace(
    String title, String outcome, List<Step> steps, int decidingStep, Optional<String> hint) {

  public Trace {
    steps = List.copyOf(steps);
  }

  public boolean succeeded() {
    return steps.stream().noneMatch(Step::failed);
  }

  public Step deciding() {
    return steps.get(decidingStep);
  }

  /** The one-line why: the deciding component and what it did. */
  public String why() {
    Step step = deciding();
    String code = step.explanationCode().map(c -> " [" + c + "]").orElse("");
    return step.component() + ": " + step.detail() + code;
  }
}
