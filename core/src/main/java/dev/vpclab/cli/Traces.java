package dev.vpclab.cli;

import dev.vpclab.cli.spec.OperationSpec;
import dev.vpclab.trace.Hints;
import dev.vpclab.trace.Step;
import dev.vpclab.trace.Trace;
import java.util.List;

/** Turns a judged request into the trace the learner sees: title, outcome and deciding step. */
final class Traces {
  private Traces() {}

  static Trace of(OperationSpec op, RequestPath path, Reply reply) {
    List<Step> steps = path.steps();
    String outcome =
        reply instanceof Reply.NotSent notSent
            ? notSent.message()
            : reply.errorCode().orElse("answered");
    int deciding = firstFailure(steps);
    String title = path.title();
    return new Trace(
        title, outcome, steps, deciding, Hints.forTrace(steps, deciding, path.s3EndpointRegion()));
  }

  /**
   * The first failed step; for a success, the gateway that took the request out of the subnet (a
   * NAT gateway rather than the internet gateway behind it, which only carries its address on).
   */
  private static int firstFailure(List<Step> steps) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).failed()) {
        return i;
      }
    }
    for (int i = 0; i < steps.size(); i++) {
      var kind = steps.get(i).component().kind();
      if (kind == dev.vpclab.trace.Component.Kind.VPC_ENDPOINT
          || kind == dev.vpclab.trace.Component.Kind.NAT_GATEWAY
          || kind == dev.vpclab.trace.Component.Kind.INTERNET_GATEWAY) {
        return i;
      }
    }
    return Math.max(0, steps.size() - 1);
  }
}
