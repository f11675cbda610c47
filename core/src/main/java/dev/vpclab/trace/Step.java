package dev.vpclab.trace;

import java.util.Optional;

/**
 * One judged step of a trace: the component, its verdict, what matched (a route, a rule, a
 * statement, in the console's own words), and an explanation code — Reachability Analyzer's where
 * the meaning is the same ({@code NO_ROUTE_TO_DESTINATION}), vpclab's own otherwise.
 */
public record Step(Verdict verdict, Component component, String detail, String code) {

  public static Step pass(Component component, String detail) {
    return new Step(Verdict.PASS, component, detail, null);
  }

  public static Step info(Component component, String detail) {
    return new Step(Verdict.INFO, component, detail, null);
  }

  public static Step fail(Component component, String detail, String code) {
    return new Step(Verdict.FAIL, component, detail, code);
  }

  public Optional<String> explanationCode() {
    return Optional.ofNullable(code);
  }

  public boolean failed() {
    return verdict == Verdict.FAIL;
  }
}
