package dev.vpclab.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclab.model.ec2.NetworkAcl;
import dev.vpclab.model.ec2.SecurityGroup;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.Ipv4;
import dev.vpclab.net.PortRange;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** ICMP as security groups and network ACLs match it: by type and code, -1 meaning any. */
class IcmpMatchingTest {
  private static final Ipv4 A = Ipv4.of("10.0.1.10");
  private static final Ipv4 B = Ipv4.of("10.0.2.20");
  private static final Cidr ANYWHERE = Cidr.of("0.0.0.0/0");

  @Test
  void anEchoRequestIsAnsweredByAnEchoReplyTheOtherWay() {
    Packet request = Packet.echoRequest(A, B);
    Packet reply = request.reply();
    assertEquals(B, reply.source());
    assertEquals(A, reply.destination());
    assertEquals(Packet.ECHO_REPLY, reply.icmpType());
    assertEquals("ICMP echo request", request.describe());
    assertEquals("ICMP echo reply", reply.describe());
  }

  @Test
  void aNatGatewayRewritesTheSourceButKeepsTheIcmpType() {
    Packet translated = Packet.echoRequest(A, B).from(Ipv4.of("3.3.3.3"), 1024);
    assertEquals(Packet.ECHO_REQUEST, translated.icmpType());
    assertEquals(0, translated.icmpCode());
  }

  @Test
  void securityGroupRulesMatchIcmpTypeAndCode() {
    Packet ping = Packet.echoRequest(A, B);
    assertTrue(allows(sgRule("icmp", 8, -1), ping));
    assertTrue(allows(sgRule("icmp", -1, -1), ping));
    assertTrue(allows(sgRule("-1", -1, -1), ping));
    assertFalse(allows(sgRule("icmp", 0, -1), ping));
    assertFalse(allows(sgRule("icmp", 8, 3), ping));
    assertFalse(allows(sgRule("tcp", 0, 65535), ping));
  }

  @Test
  void anIcmpRuleLetsNoTcpThrough() {
    assertFalse(allows(sgRule("icmp", -1, -1), Packet.tcp(B, 40000, A, 22)));
  }

  @Test
  void anIcmpRuleReadsAsTheConsoleNamesIt() {
    assertEquals(
        "inbound ICMP echo request from 0.0.0.0/0", SgCheck.describe(sgRule("icmp", 8, -1), false));
    assertEquals(
        "inbound ICMP All from 0.0.0.0/0", SgCheck.describe(sgRule("icmp", -1, -1), false));
  }

  @Test
  void networkAclEntriesMatchIcmpTypeAndCode() {
    NetworkAcl acl =
        acl(
            new NetworkAcl.Entry(
                100,
                false,
                "1",
                NetworkAcl.Action.ALLOW,
                ANYWHERE,
                null,
                new NetworkAcl.Icmp(8, -1)),
            new NetworkAcl.Entry(
                110, false, "6", NetworkAcl.Action.ALLOW, ANYWHERE, new PortRange(0, 65535), null));
    Packet ping = Packet.echoRequest(B, A);
    assertEquals(100, AclCheck.decide(acl, false, ping).ruleNumber());
    assertEquals(
        "rule 100 ALLOW ICMP echo request from 0.0.0.0/0",
        AclCheck.describe(AclCheck.decide(acl, false, ping)));
    // An echo reply is another type: neither rule covers it, so * denies it.
    assertEquals(NetworkAcl.DEFAULT_RULE, AclCheck.decide(acl, false, ping.reply()).ruleNumber());
  }

  @Test
  void anAllTrafficAclEntryCoversIcmp() {
    NetworkAcl acl =
        acl(new NetworkAcl.Entry(100, false, "-1", NetworkAcl.Action.ALLOW, ANYWHERE, null, null));
    assertEquals(100, AclCheck.decide(acl, false, Packet.echoRequest(B, A)).ruleNumber());
  }

  private static SecurityGroup.Rule sgRule(String protocol, int from, int to) {
    return new SecurityGroup.Rule(
        "sgr-1", protocol, from, to, new SecurityGroup.Peer.ToCidr(ANYWHERE), null);
  }

  private static boolean allows(SecurityGroup.Rule rule, Packet packet) {
    var group = new SecurityGroup("sg-1", "us-east-2", "vpc-1", "g", "g", List.of(rule), List.of());
    return SgCheck.decide(List.of(group), false, packet, Set.of()).isPresent();
  }

  private static NetworkAcl acl(NetworkAcl.Entry... rules) {
    var entries = new java.util.ArrayList<>(List.of(rules));
    entries.add(
        new NetworkAcl.Entry(
            NetworkAcl.DEFAULT_RULE, false, "-1", NetworkAcl.Action.DENY, ANYWHERE, null, null));
    return new NetworkAcl("acl-1", "us-east-2", "vpc-1", false, entries, List.of());
  }
}
