package dev.vpclab.render.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpclab.net.Cidr;
import dev.vpclab.net.Ipv4;
import dev.vpclab.render.diagram.Topology.AclNode;
import dev.vpclab.render.diagram.Topology.InstanceNode;
import dev.vpclab.render.diagram.Topology.Ref;
import dev.vpclab.render.diagram.Topology.RouteArrow;
import dev.vpclab.render.diagram.Topology.SubnetNode;
import dev.vpclab.render.diagram.Topology.TableNode;
import dev.vpclab.render.diagram.Topology.VpcNode;
import dev.vpclab.render.diagram.Topology.ZoneNode;
import dev.vpclab.trace.Component;
import dev.vpclab.trace.Component.Kind;
import dev.vpclab.trace.Step;
import dev.vpclab.trace.Trace;
import dev.vpclab.trace.Verdict;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Two subnets sharing the main route table and the default network ACL, an instance in each with
 * the same security group: where does a trace's mark go?
 */
class PathMarksTest {
  private static final String S1 = "subnet-0a000000000000001";
  private static final String S2 = "subnet-0b000000000000002";
  private static final Ref SG = new Ref("sg-01", "web");
  private static final RouteArrow BLACKHOLE =
      new RouteArrow("0.0.0.0/0", "nat-01", Optional.empty(), true);
  private static final RouteArrow TO_S3 =
      new RouteArrow("pl-7ba54012", "vpce-01", Optional.of("vpce-01"), false);

  private static SubnetNode subnet(String id, String instance, String ip) {
    return new SubnetNode(
        new Ref(id, ""),
        Cidr.of(ip.substring(0, ip.lastIndexOf('.')) + ".0/24"),
        false,
        Optional.of(new TableNode(new Ref("rtb-01", ""), true, List.of(BLACKHOLE, TO_S3))),
        Optional.of(new AclNode(new Ref("acl-01", ""), true)),
        List.of(),
        List.of(
            new InstanceNode(
                new Ref(instance, ""), Ipv4.of(ip), Optional.empty(), "running", List.of(SG))));
  }

  private static final SubnetNode ONE = subnet(S1, "i-01", "10.0.1.5");
  private static final SubnetNode TWO = subnet(S2, "i-02", "10.0.2.5");
  private static final Topology TOPOLOGY =
      new Topology(
          List.of(
              new VpcNode(
                  new Ref("vpc-01", ""),
                  "us-east-2",
                  Cidr.of("10.0.0.0/16"),
                  false,
                  Optional.empty(),
                  List.of(new ZoneNode("us-east-2a", List.of(ONE, TWO))),
                  List.of(),
                  List.of())));

  private static PathMarks marks(Step... steps) {
    var trace = new Trace("test", "done", List.of(steps), steps.length - 1, Optional.empty());
    return PathMarks.of(TOPOLOGY, Optional.of(new TracedPath(1, trace)));
  }

  private static Component component(Kind kind, String id) {
    return Component.of(kind, id, null);
  }

  private static final Optional<Verdict> PASS = Optional.of(Verdict.PASS);
  private static final Optional<Verdict> FAIL = Optional.of(Verdict.FAIL);

  @Test
  void aNetworkAclIsMarkedAtTheSubnetItsStepNames() {
    PathMarks marks =
        marks(
            Step.pass(component(Kind.NETWORK_ACL, "acl-01"), "outbound TCP 22 at " + S1),
            Step.fail(component(Kind.NETWORK_ACL, "acl-01"), "inbound TCP 22 at " + S2, "X"));
    assertEquals(PASS, marks.networkAcl(ONE));
    assertEquals(FAIL, marks.networkAcl(TWO));
  }

  @Test
  void aSharedRouteTableIsMarkedOnTheSubnetsThePathCrossed() {
    PathMarks marks =
        marks(
            Step.pass(component(Kind.INSTANCE, "i-01"), "10.0.1.5 in " + S1),
            Step.pass(component(Kind.ROUTE_TABLE, "rtb-01"), "route pl-7ba54012 → vpce-01"),
            Step.pass(component(Kind.VPC_ENDPOINT, "vpce-01"), "carries it"));
    assertEquals(PASS, marks.routeTable(ONE));
    assertEquals(Optional.empty(), marks.routeTable(TWO));
    assertEquals(PASS, marks.arrow(ONE, TO_S3));
    assertEquals(Optional.empty(), marks.arrow(ONE, BLACKHOLE));
  }

  @Test
  void aBlackholeRouteFailsWithItsTable() {
    PathMarks marks =
        marks(
            Step.pass(component(Kind.INSTANCE, "i-01"), "10.0.1.5 in " + S1),
            Step.fail(component(Kind.ROUTE_TABLE, "rtb-01"), "blackhole", "BAD_STATE_ROUTE"));
    assertEquals(FAIL, marks.arrow(ONE, BLACKHOLE));
    assertEquals(Optional.empty(), marks.arrow(ONE, TO_S3));
    assertEquals(Optional.empty(), marks.arrow(TWO, BLACKHOLE));
  }

  @Test
  void whereThePathCrossedNoSubnetEveryUserOfTheComponentIsMarked() {
    PathMarks marks =
        marks(Step.fail(component(Kind.ROUTE_TABLE, "rtb-01"), "no route", "NO_ROUTE"));
    assertEquals(FAIL, marks.routeTable(ONE));
    assertEquals(FAIL, marks.routeTable(TWO));
  }

  @Test
  void aSecurityGroupIsMarkedOnTheInstancesThePathReached() {
    InstanceNode first = ONE.instances().get(0);
    InstanceNode second = TWO.instances().get(0);
    PathMarks reached =
        marks(
            Step.pass(component(Kind.INSTANCE, "i-01"), "10.0.1.5 in " + S1),
            Step.pass(component(Kind.SECURITY_GROUP, "sg-01"), "outbound All"));
    assertEquals(PASS, reached.securityGroup(first, SG));
    assertEquals(Optional.empty(), reached.securityGroup(second, SG));
    // A destination's group that refused: the instance itself was never reached.
    PathMarks refused =
        marks(Step.fail(component(Kind.SECURITY_GROUP, "sg-01"), "no inbound rule", "ENI_SG"));
    assertEquals(FAIL, refused.securityGroup(first, SG));
    assertEquals(FAIL, refused.securityGroup(second, SG));
  }

  @Test
  void informationStepsMarkNothingAndTheInternetHasAMarkOfItsOwn() {
    PathMarks marks =
        marks(
            Step.info(component(Kind.ROUTE_TABLE, "rtb-01"), "just saying"),
            Step.pass(Component.of(Kind.INTERNET), "laptop → instance over the internet"));
    assertEquals(Optional.empty(), marks.routeTable(ONE));
    assertEquals(PASS, marks.internet());
  }

  @Test
  void theDiagramShowsTheLatestTraceThatCrossedIt() {
    var crossing =
        new Trace(
            "ssh",
            "timed out",
            List.of(Step.pass(component(Kind.INSTANCE, "i-02"), "10.0.2.5 in " + S2)),
            0,
            Optional.empty());
    var apiCall =
        new Trace(
            "aws ec2 describe-vpcs",
            "answered",
            List.of(
                Step.pass(Component.of(Kind.INTERNET), "laptop → ec2.us-east-2.amazonaws.com"),
                Step.pass(Component.of(Kind.SERVICE), "answered")),
            1,
            Optional.empty());
    Optional<TracedPath> path = TracedPath.latestOn(TOPOLOGY, List.of(crossing, apiCall, apiCall));
    assertEquals(Optional.of(new TracedPath(1, crossing)), path);
    assertEquals(Optional.empty(), TracedPath.latestOn(TOPOLOGY, List.of(apiCall)));
  }
}
