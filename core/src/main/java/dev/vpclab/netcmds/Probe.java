package dev.vpclab.netcmds;

import dev.vpclab.dns.Answer;
import dev.vpclab.dns.VpcDns;
import dev.vpclab.hosts.Origin;
import dev.vpclab.model.View;
import dev.vpclab.trace.Component;
import dev.vpclab.trace.Component.Kind;
import dev.vpclab.trace.Path;
import dev.vpclab.trace.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One TCP connection attempt, as nc makes it: resolve, walk the path, and see whether anything
 * listens there. On vpclab's instances only sshd listens (port 22); a reachable instance refuses
 * every other port with a reset. Hosts on the internet and AWS service endpoints accept 80 and 443
 * and drop the rest, as their firewalls do.
 */
record Probe(Result result, Optional<Answer> answer, List<Step> steps) {

  enum Result {
    CONNECTED,
    REFUSED,
    TIMED_OUT,
    NO_SUCH_HOST,
    RESOLVER_DOWN
  }

  static Probe tcp(View view, Origin origin, String host, int port) {
    var steps = new ArrayList<Step>();
    Optional<Answer> answer = origin.resolve(view, host, steps);
    if (answer.isEmpty()) {
      boolean down = origin.lookup(view, host) instanceof VpcDns.Lookup.ResolverOff;
      return new Probe(down ? Result.RESOLVER_DOWN : Result.NO_SUCH_HOST, answer, steps);
    }
    Path path = origin.connect(view, answer.get().address(), port, host);
    steps.addAll(path.steps());
    if (!path.delivered()) {
      return new Probe(Result.TIMED_OUT, answer, steps);
    }
    if (path.receiver().isPresent()) {
      String id = path.receiver().get();
      Component instance = Component.named(Kind.INSTANCE, id, view);
      if (port == 22) {
        steps.add(Step.pass(instance, "sshd accepts the connection on port 22"));
        return new Probe(Result.CONNECTED, answer, steps);
      }
      steps.add(
          Step.fail(
              instance,
              "nothing listens on TCP "
                  + port
                  + " (vpclab's instances run only sshd, on 22):"
                  + " the kernel answers with a reset",
              "NO_LISTENER"));
      return new Probe(Result.REFUSED, answer, steps);
    }
    Component far = Component.of(Kind.SERVICE, host, null);
    if (port == 80 || port == 443) {
      steps.add(Step.pass(far, "accepts the connection on port " + port));
      return new Probe(Result.CONNECTED, answer, steps);
    }
    steps.add(
        Step.fail(
            far, "drops connections to port " + port + " (only 80 and 443 answer)", "NO_LISTENER"));
    return new Probe(Result.TIMED_OUT, answer, steps);
  }
}
