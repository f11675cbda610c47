package dev.vpclab.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpclab.model.ec2.SecurityGroup;
import dev.vpclab.net.Ipv4;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Security groups judging packets (VPC user guide, security groups; aws-facts.md section 7): allow
 * rules only, the union of every group on the interface, peers by CIDR, by group membership and by
 * managed prefix list. Statefulness is the walker's part: see {@link ReachTest}.
 */
class SgCheckTest {
  private static final Ipv4 INSIDE = Ipv4.of("10.0.1.57");

  private final Net net = new Net();
  private String vpc;
  private String web;
  private String admin;

  @BeforeEach
  void groups() {
    vpc = net.vpc("10.0.0.0/16");
    web = net.securityGroup(vpc, "web");
    admin = net.securityGroup(vpc, "admin");
  }

  private static Packet tcpIn(String from, int port) {
    return Packet.tcp(Ipv4.of(from), 50000, INSIDE, port);
  }

  /** Who allows the packet in, as {@code group: rule}; {@code none} when nobody does. */
  private String inbound(List<SecurityGroup> groups, Packet packet, Set<String> remoteGroups) {
    return SgCheck.decide(groups, false, packet, remoteGroups)
        .map(m -> m.group().name() + ": " + SgCheck.describe(m.rule(), false))
        .orElse("none");
  }

  private String inbound(Packet packet, String... groupIds) {
    return inbound(net.groups(groupIds), packet, Set.of());
  }

  @Test
  void theRulesOfEveryGroupOnTheInterfaceCount() {
    net.allowIn(web, 443, 443, "0.0.0.0/0");
    net.allowIn(admin, 22, 22, "10.0.0.0/16");

    assertEquals("web: inbound TCP 443 from 0.0.0.0/0", inbound(tcpIn("8.8.8.8", 443), web, admin));
    assertEquals(
        "admin: inbound TCP 22 from 10.0.0.0/16", inbound(tcpIn("10.0.2.9", 22), web, admin));
    assertEquals("none", inbound(tcpIn("8.8.8.8", 22), web, admin));
    assertEquals("none", inbound(tcpIn("8.8.8.8", 80), web, admin));
  }

  @Test
  void aNewGroupAllowsNothingInAndEverythingOut() {
    assertEquals("none", inbound(tcpIn("10.0.2.9", 22), web));
    var out =
        SgCheck.decide(
            net.groups(web), true, Packet.tcp(INSIDE, 32768, Ipv4.of("8.8.8.8"), 443), Set.of());
    assertEquals("outbound All to 0.0.0.0/0", SgCheck.describe(out.orElseThrow().rule(), true));
  }

  @Test
  void aCidrPeerMatchesTheAddressesInsideIt() {
    net.allowIn(web, 22, 22, "203.0.113.0/24");

    assertEquals(
        "web: inbound TCP 22 from 203.0.113.0/24", inbound(tcpIn("203.0.113.25", 22), web));
    assertEquals("none", inbound(tcpIn("198.51.100.1", 22), web));
  }

  @Test
  void aGroupPeerMatchesMembersOfThatGroupWhateverTheirAddress() {
    net.allowInFromGroup(web, 22, 22, admin);

    assertEquals(
        "web: inbound TCP 22 from " + admin,
        inbound(net.groups(web), tcpIn("10.0.2.9", 22), Set.of(admin)));
    assertEquals("none", inbound(net.groups(web), tcpIn("10.0.2.9", 22), Set.of(web)));
    // From outside the VPC nobody is a member of any group.
    assertEquals("none", inbound(net.groups(web), tcpIn("10.0.2.9", 22), Set.of()));
  }

  @Test
  void aPrefixListPeerMatchesTheListsCidrs() {
    net.revokeDefaultEgress(web);
    net.allowOutToPrefixList(web, 443, 443, Net.S3_PREFIX_LIST);

    var toS3 =
        SgCheck.decide(
            net.groups(web),
            true,
            Packet.tcp(INSIDE, 32768, Ipv4.of("52.219.83.180"), 443),
            Set.of());
    assertEquals(
        "outbound TCP 443 to " + Net.S3_PREFIX_LIST,
        SgCheck.describe(toS3.orElseThrow().rule(), true));
    var elsewhere =
        SgCheck.decide(
            net.groups(web), true, Packet.tcp(INSIDE, 32768, Ipv4.of("8.8.8.8"), 443), Set.of());
    assertEquals(java.util.Optional.empty(), elsewhere);
  }

  @Test
  void aPortRangeIncludesBothEnds() {
    net.allowIn(web, 8000, 8080, "0.0.0.0/0");

    assertEquals("web: inbound TCP 8000-8080 from 0.0.0.0/0", inbound(tcpIn("8.8.8.8", 8000), web));
    assertEquals("web: inbound TCP 8000-8080 from 0.0.0.0/0", inbound(tcpIn("8.8.8.8", 8080), web));
    assertEquals("none", inbound(tcpIn("8.8.8.8", 7999), web));
    assertEquals("none", inbound(tcpIn("8.8.8.8", 8081), web));
  }

  @Test
  void anAllTrafficRuleAllowsEveryProtocolAndPort() {
    net.allowIn(web, "-1", -1, -1, "10.0.0.0/16");

    assertEquals("web: inbound All from 10.0.0.0/16", inbound(tcpIn("10.0.2.9", 5432), web));
    assertEquals(
        "web: inbound All from 10.0.0.0/16",
        inbound(new Packet("17", Ipv4.of("10.0.2.9"), 50000, INSIDE, 53), web));
    assertEquals("none", inbound(tcpIn("8.8.8.8", 5432), web));
  }

  @Test
  void aRuleForAnotherProtocolDoesNotMatch() {
    net.allowIn(web, "udp", 53, 53, "0.0.0.0/0");
    net.allowIn(admin, "icmp", -1, -1, "0.0.0.0/0");

    assertEquals("none", inbound(tcpIn("8.8.8.8", 53), web, admin));
    assertEquals(
        "web: inbound UDP 53 from 0.0.0.0/0",
        inbound(new Packet("17", Ipv4.of("8.8.8.8"), 50000, INSIDE, 53), web, admin));
    assertEquals(
        "admin: inbound ICMP All from 0.0.0.0/0",
        inbound(new Packet("1", Ipv4.of("8.8.8.8"), 0, INSIDE, 0), web, admin));
  }
}
