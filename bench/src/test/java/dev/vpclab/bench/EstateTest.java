package dev.vpclab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclab.Vpclab;
import dev.vpclab.model.FreshAccount;
import dev.vpclab.model.World;
import dev.vpclab.model.ec2.NetworkAcl;
import dev.vpclab.model.ec2.RouteTable;
import dev.vpclab.model.ec2.SecurityGroup;
import dev.vpclab.model.ec2.Subnet;
import dev.vpclab.model.ec2.Vpc;
import dev.vpclab.outcome.Part;
import dev.vpclab.trace.Trace;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's sessions are what it claims: an estate of the promised size, generated in
 * seconds, with the lab inside it, where the measured line lists the bucket with the same trace as
 * in a fresh account. (The benchmark itself is not run by the build.)
 */
class EstateTest {

  private static long rules(World world) {
    long routes = world.all(RouteTable.class).mapToLong(t -> t.routes().size()).sum();
    long aclEntries = world.all(NetworkAcl.class).mapToLong(a -> a.entries().size()).sum();
    long sgRules =
        world.all(SecurityGroup.class).mapToLong(g -> g.ingress().size() + g.egress().size()).sum();
    return routes + aclEntries + sgRules;
  }

  @Test
  void theEstateHasAThousandVpcsTenThousandSubnetsAndAHundredThousandRules() {
    long start = System.nanoTime();
    World estate = Estate.generate(1000);
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;

    assertTrue(estate.all(Vpc.class).count() >= 1000);
    assertTrue(estate.all(Subnet.class).count() >= 10_000);
    assertTrue(rules(estate) >= 100_000, "rules: " + rules(estate));
    assertTrue(seconds < 30, "generating took " + seconds + " s");
  }

  @Test
  void theMeasuredLineExplainsTheSameWayInsideTheEstateAsAlone() {
    Trace alone = measuredTrace(LabSession.onPrivateInstance(FreshAccount.create()));
    Trace inside = measuredTrace(LabSession.onPrivateInstance(Estate.generate(100)));

    assertTrue(alone.succeeded(), alone.why());
    assertEquals(alone, inside);
  }

  private static Trace measuredTrace(Vpclab vpclab) {
    var outcome = vpclab.eval(ExplainedS3Ls.LINE);
    assertTrue(outcome.stdout().contains("my-lab-bucket-123"), outcome.parts().toString());
    List<Trace> traces =
        outcome.parts().stream()
            .filter(p -> p instanceof Part.Traced)
            .map(p -> ((Part.Traced) p).trace())
            .toList();
    assertEquals(1, traces.size());
    return traces.get(0);
  }
}
