package dev.vpclab.hosts;

import dev.vpclab.shell.Invocation;
import dev.vpclab.trace.Hints;
import dev.vpclab.trace.Step;
import dev.vpclab.trace.Trace;
import java.util.List;
import java.util.Optional;

/**
 * Puts the trace of a network program (ssh, curl, nc, ping, nslookup) beside its output: the first
 * failed step decides, or, when nothing failed, the last one; with the hint for that step.
 */
public final class NetworkTrace {
  private NetworkTrace() {}

  public static void record(Invocation invocation, String title, String outcome, List<Step> steps) {
    if (steps.isEmpty()) {
      return;
    }
    int deciding = 0;
    while (deciding < steps.size() - 1 && !steps.get(deciding).failed()) {
      deciding++;
    }
    invocation.trace(
        new Trace(
            title, outcome, steps, deciding, Hints.forTrace(steps, deciding, Optional.empty())));
  }
}
