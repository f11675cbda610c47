package dev.vpclab.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclab.model.ec2.NetworkAcl;
import dev.vpclab.net.Ipv4;
import dev.vpclab.net.PortRange;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A network ACL judging packets (VPC user guide, network ACLs; aws-facts.md section 7): lowest
 * number first, the first match wins, {@code *} denies the rest; the remote address is the
 * destination going out and the source coming in; ports are the destination port's.
 */
class AclCheckTest {
  private static final Ipv4 INSIDE = Ipv4.of("10.0.1.57");
  private static final Ipv4 S3 = Ipv4.of("52.219.83.180");

  private final Net net = new Net();
  private String acl;

  @BeforeEach
  void customAcl() {
    acl = net.networkAcl(net.vpc("10.0.0.0/16"));
  }

  private String inbound(Packet packet) {
    return AclCheck.describe(AclCheck.decide(net.acl(acl), false, packet));
  }

  private String outbound(Packet packet) {
    return AclCheck.describe(AclCheck.decide(net.acl(acl), true, packet));
  }

  private static Packet tcpIn(String from, int port) {
    return Packet.tcp(Ipv4.of(from), 50000, INSIDE, port);
  }

  private static Packet in(String protocol, String from, int port) {
    return new Packet(protocol, Ipv4.of(from), 50000, INSIDE, port);
  }

  @Test
  void aNewCustomAclDeniesEverythingWithItsStarRule() {
    assertEquals("rule * DENY All from 0.0.0.0/0", inbound(tcpIn("8.8.8.8", 22)));
    assertEquals("rule * DENY All to 0.0.0.0/0", outbound(Packet.tcp(INSIDE, 32768, S3, 443)));
    assertEquals(
        NetworkAcl.DEFAULT_RULE,
        AclCheck.decide(net.acl(acl), false, tcpIn("8.8.8.8", 22)).ruleNumber());
  }

  @Test
  void rulesAreEvaluatedByNumberNotByWhenTheyWereAdded() {
    net.aclEntry(acl, 200, false, "-1", "allow", "0.0.0.0/0", null);
    net.aclEntry(acl, 100, false, "6", "deny", "0.0.0.0/0", "22");

    assertEquals("rule 100 DENY TCP 22 from 0.0.0.0/0", inbound(tcpIn("8.8.8.8", 22)));
    assertEquals("rule 200 ALLOW All from 0.0.0.0/0", inbound(tcpIn("8.8.8.8", 80)));
  }

  @Test
  void theFirstMatchWinsEvenWhenALaterRuleIsMoreSpecific() {
    net.aclEntry(acl, 100, false, "-1", "allow", "10.0.0.0/16", null);
    net.aclEntry(acl, 110, false, "-1", "deny", "10.0.1.0/24", null);

    assertEquals("rule 100 ALLOW All from 10.0.0.0/16", inbound(tcpIn("10.0.1.5", 22)));
    assertEquals("rule * DENY All from 0.0.0.0/0", inbound(tcpIn("10.1.0.5", 22)));
  }

  @Test
  void aRuleOnlyMatchesItsProtocol() {
    net.aclEntry(acl, 100, false, "17", "allow", "0.0.0.0/0", "53");
    net.aclEntry(acl, 110, false, "1", "allow", "0.0.0.0/0", null);
    net.aclEntry(acl, 120, false, "6", "allow", "0.0.0.0/0", "443");

    assertEquals("rule 100 ALLOW UDP 53 from 0.0.0.0/0", inbound(in("17", "8.8.8.8", 53)));
    assertEquals("rule * DENY All from 0.0.0.0/0", inbound(tcpIn("8.8.8.8", 53)));
    assertEquals("rule 110 ALLOW ICMP All from 0.0.0.0/0", inbound(in("1", "8.8.8.8", 0)));
    assertEquals("rule 120 ALLOW TCP 443 from 0.0.0.0/0", inbound(tcpIn("8.8.8.8", 443)));
    assertEquals("rule * DENY All from 0.0.0.0/0", inbound(in("17", "8.8.8.8", 443)));
  }

  @Test
  void protocolMinusOneMatchesEveryProtocolAndPort() {
    net.aclEntry(acl, 100, false, "-1", "allow", "0.0.0.0/0", null);

    for (Packet packet :
        List.of(tcpIn("8.8.8.8", 1), in("17", "8.8.8.8", 65535), in("1", "8.8.8.8", 0))) {
      assertEquals("rule 100 ALLOW All from 0.0.0.0/0", inbound(packet));
    }
  }

  @Test
  void aPortRangeIncludesBothEnds() {
    net.aclEntry(acl, 100, false, "6", "allow", "0.0.0.0/0", "1024-65535");

    assertEquals("rule 100 ALLOW TCP 1024 - 65535 from 0.0.0.0/0", inbound(tcpIn("8.8.8.8", 1024)));
    assertEquals(
        "rule 100 ALLOW TCP 1024 - 65535 from 0.0.0.0/0", inbound(tcpIn("8.8.8.8", 65535)));
    assertEquals("rule * DENY All from 0.0.0.0/0", inbound(tcpIn("8.8.8.8", 1023)));
  }

  @Test
  void egressRulesMatchTheDestinationAndIngressRulesTheSource() {
    net.aclEntry(acl, 100, true, "6", "allow", "52.219.80.0/20", "443");
    net.aclEntry(acl, 100, false, "6", "allow", "52.219.80.0/20", "32768-60999");
    Packet request = Packet.tcp(INSIDE, 32768, S3, 443);

    assertEquals("rule 100 ALLOW TCP 443 to 52.219.80.0/20", outbound(request));
    assertEquals("rule 100 ALLOW TCP 32768 - 60999 from 52.219.80.0/20", inbound(request.reply()));
    // The same request judged coming in has 10.0.1.57 as its remote end: no rule is for it.
    assertEquals("rule * DENY All from 0.0.0.0/0", inbound(request));
    // And the reply judged going out has 10.0.1.57 as its destination.
    assertEquals("rule * DENY All to 0.0.0.0/0", outbound(request.reply()));
  }

  @Test
  void coverageSplitsAnEphemeralRangeWhereRulesAllowOnlyPartOfIt() {
    net.aclEntry(acl, 100, false, "6", "allow", "0.0.0.0/0", "1024-40000");
    net.aclEntry(acl, 200, false, "6", "allow", "0.0.0.0/0", "50000-65535");
    Packet reply = Packet.tcp(INSIDE, 32768, S3, 443).reply();

    List<AclCheck.Stretch> stretches =
        AclCheck.coverage(net.acl(acl), false, reply, Ephemeral.AMAZON_LINUX.range());

    assertEquals(
        List.of(
            "32768-40000 rule 100 ALLOW TCP 1024 - 40000 from 0.0.0.0/0",
            "40001-49999 rule * DENY All from 0.0.0.0/0",
            "50000-60999 rule 200 ALLOW TCP 50000 - 65535 from 0.0.0.0/0"),
        stretches.stream()
            .map(s -> s.ports().from() + "-" + s.ports().to() + " " + AclCheck.describe(s.entry()))
            .toList());
    assertEquals(
        List.of(true, false, true), stretches.stream().map(AclCheck.Stretch::allowed).toList());
  }

  @Test
  void coverageIsOneStretchWhenOneRuleDecidesTheWholeRange() {
    net.aclEntry(acl, 90, false, "6", "deny", "0.0.0.0/0", "22");
    net.aclEntry(acl, 100, false, "6", "allow", "0.0.0.0/0", "1024-65535");
    Packet reply = Packet.tcp(INSIDE, 1024, S3, 443).reply();

    List<AclCheck.Stretch> stretches =
        AclCheck.coverage(net.acl(acl), false, reply, Ephemeral.NAT_GATEWAY.range());

    assertEquals(1, stretches.size());
    assertEquals(new PortRange(1024, 65535), stretches.get(0).ports());
    assertTrue(stretches.get(0).allowed());
  }

  @Test
  void coverageMergesNeighbouringStretchesDecidedByTheSameRule() {
    // Rule 100 cuts the range at 40000, but rule 200 decides both sides of the cut.
    net.aclEntry(acl, 100, false, "17", "allow", "0.0.0.0/0", "30000-40000");
    net.aclEntry(acl, 200, false, "6", "allow", "0.0.0.0/0", "1024-65535");
    Packet reply = Packet.tcp(INSIDE, 32768, S3, 443).reply();

    List<AclCheck.Stretch> stretches =
        AclCheck.coverage(net.acl(acl), false, reply, Ephemeral.AMAZON_LINUX.range());

    assertEquals(1, stretches.size());
    assertEquals(Ephemeral.AMAZON_LINUX.range(), stretches.get(0).ports());
  }

  @Test
  void coverageOfAnAclWithoutReturnRulesIsOneDeniedStretch() {
    net.aclEntry(acl, 100, false, "6", "allow", "0.0.0.0/0", "22");
    Packet reply = Packet.tcp(INSIDE, 32768, S3, 443).reply();

    List<AclCheck.Stretch> stretches =
        AclCheck.coverage(net.acl(acl), false, reply, Ephemeral.AMAZON_LINUX.range());

    assertEquals(1, stretches.size());
    assertFalse(stretches.get(0).allowed());
    assertEquals(NetworkAcl.DEFAULT_RULE, stretches.get(0).entry().ruleNumber());
  }
}
