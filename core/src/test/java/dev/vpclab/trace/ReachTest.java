package dev.vpclab.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclab.dns.PublicDns;
import dev.vpclab.hosts.Internet;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.model.ec2.NatGateway;
import dev.vpclab.net.Ipv4;
import dev.vpclab.trace.Net.Launch;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Whole paths through the lab's network (aws-facts.md sections 6, 7 and 12), each asserted step by
 * step: which component judged, its verdict and its explanation code. The network is the lab's: a
 * public subnet routed to an internet gateway with a bastion and a NAT gateway in it, a private
 * subnet whose (main) route table sends 0.0.0.0/0 to the NAT gateway.
 */
class ReachTest {
  private static final String S3_HOST = "s3.us-east-2.amazonaws.com";
  private static final Ipv4 S3 = PublicDns.resolve(S3_HOST).orElseThrow().address();

  private final Net net = new Net();
  private String vpc;
  private String publicSubnet;
  private String privateSubnet;
  private String igw;
  private String nat;
  private String publicTable;
  private String privateTable;
  private String bastionGroup;
  private String privateGroup;
  private String defaultAcl;
  private Instance bastion;
  private Instance instance;

  @BeforeEach
  void theLabNetwork() {
    vpc = net.vpc("10.0.0.0/16");
    publicSubnet = net.subnet(vpc, "10.0.1.0/24");
    privateSubnet = net.subnet(vpc, "10.0.2.0/24");
    igw = net.attachedIgw(vpc);
    publicTable = net.routeTable(vpc, publicSubnet);
    net.route(publicTable, "0.0.0.0/0", igw);
    nat = net.natGateway(publicSubnet);
    privateTable = net.mainRouteTable(vpc);
    net.route(privateTable, "0.0.0.0/0", nat);
    bastionGroup = net.securityGroup(vpc, "bastion-sg");
    net.allowIn(bastionGroup, 22, 22, "0.0.0.0/0");
    privateGroup = net.securityGroup(vpc, "private-sg");
    net.allowInFromGroup(privateGroup, 22, 22, bastionGroup);
    bastion = net.instance(publicSubnet, Launch.al2().withPublicIp(), bastionGroup);
    instance = net.instance(privateSubnet, Launch.al2(), privateGroup);
    defaultAcl =
        dev.vpclab.model.ec2.NetworkAcl.forSubnet(net.world(), privateSubnet).orElseThrow().id();
  }

  private Path toS3() {
    return Reach.fromInstance(net.world(), net.instance(instance.id()), S3, 443, S3_HOST);
  }

  private Path fromLaptop(Ipv4 destination, int port) {
    return Reach.fromInternet(
        net.world(),
        Internet.LAPTOP_PUBLIC_IP,
        Ephemeral.LAPTOP,
        "your laptop",
        destination,
        port,
        destination.toString());
  }

  /** Each step as {@code ✔ KIND id [CODE]}. */
  private static List<String> steps(Path path) {
    return path.steps().stream()
        .map(
            s ->
                s.verdict().mark()
                    + " "
                    + s.component().kind()
                    + s.component().resourceId().map(id -> " " + id).orElse("")
                    + s.explanationCode().map(c -> " " + c).orElse(""))
        .toList();
  }

  private static String pass(Component.Kind kind, String id) {
    return "✔ " + kind + (id == null ? "" : " " + id);
  }

  private static String fail(Component.Kind kind, String id, String code) {
    return "✘ " + kind + (id == null ? "" : " " + id) + " " + code;
  }

  private static String detail(Path path, int step) {
    return path.steps().get(step).detail();
  }

  @Test
  void instanceToS3ThroughTheNatGateway() {
    Path path = toS3();

    assertEquals(
        List.of(
            pass(Component.Kind.INSTANCE, instance.id()),
            pass(Component.Kind.SECURITY_GROUP, privateGroup),
            pass(Component.Kind.ROUTE_TABLE, privateTable),
            pass(Component.Kind.NETWORK_ACL, defaultAcl),
            pass(Component.Kind.NETWORK_ACL, defaultAcl),
            pass(Component.Kind.NAT_GATEWAY, nat),
            pass(Component.Kind.ROUTE_TABLE, publicTable),
            pass(Component.Kind.NETWORK_ACL, defaultAcl),
            pass(Component.Kind.INTERNET_GATEWAY, igw),
            pass(Component.Kind.INTERNET, null),
            pass(Component.Kind.NETWORK_ACL, defaultAcl),
            pass(Component.Kind.NETWORK_ACL, defaultAcl),
            pass(Component.Kind.NETWORK_ACL, defaultAcl)),
        steps(path));
    assertTrue(path.delivered());
    Ipv4 elasticIp = net.world().find(NatGateway.class, nat).orElseThrow().publicIp();
    assertEquals(Optional.of(elasticIp), path.seenSource());
    assertEquals(Optional.empty(), path.endpoint());
    assertEquals(Optional.of(vpc), path.sourceVpc());
    assertEquals(Optional.empty(), path.receiver());
    assertEquals(
        "route 0.0.0.0/0 → "
            + nat
            + " matches "
            + S3
            + " (/0) (the main route table of "
            + vpc
            + ")",
        detail(path, 2));
    assertEquals(
        "replies in from "
            + S3
            + " on ephemeral ports 1024-65535 at "
            + publicSubnet
            + ": rule 100 ALLOW All from 0.0.0.0/0",
        detail(path, 10));
  }

  @Test
  void securityGroupsAreStatefulSoRepliesAreNeverJudgedByThem() {
    // private-sg allows nothing in from S3 or the internet, yet the replies get back: only the
    // network ACLs (stateless) judge the way back.
    Path path = toS3();

    assertTrue(path.delivered());
    assertEquals(
        1,
        path.steps().stream()
            .filter(s -> s.component().kind() == Component.Kind.SECURITY_GROUP)
            .count());
  }

  @Test
  void instanceToS3ThroughAGatewayEndpoint() {
    String endpoint = net.s3Endpoint(vpc, privateTable);

    Path path = toS3();

    assertEquals(
        List.of(
            pass(Component.Kind.INSTANCE, instance.id()),
            pass(Component.Kind.SECURITY_GROUP, privateGroup),
            pass(Component.Kind.ROUTE_TABLE, privateTable),
            pass(Component.Kind.NETWORK_ACL, defaultAcl),
            pass(Component.Kind.VPC_ENDPOINT, endpoint),
            pass(Component.Kind.NETWORK_ACL, defaultAcl)),
        steps(path));
    assertTrue(path.delivered());
    assertEquals(
        "route "
            + Net.S3_PREFIX_LIST
            + " → "
            + endpoint
            + " matches "
            + S3
            + " (/20) (the main route table of "
            + vpc
            + ")",
        detail(path, 2));
    assertEquals(Optional.of(endpoint), path.endpoint().map(e -> e.id()));
    assertEquals(Optional.of(instance.privateIp()), path.seenSource());
  }

  @Test
  void noRouteToTheDestination() {
    net.deleteRoute(privateTable, "0.0.0.0/0");

    Path path = toS3();

    assertEquals(
        List.of(
            pass(Component.Kind.INSTANCE, instance.id()),
            pass(Component.Kind.SECURITY_GROUP, privateGroup),
            fail(Component.Kind.ROUTE_TABLE, privateTable, "NO_ROUTE_TO_DESTINATION")),
        steps(path));
    assertFalse(path.delivered());
  }

  @Test
  void aRouteToADeletedNatGatewayIsABlackhole() {
    net.deleteNatGateway(nat);

    Path path = toS3();

    assertEquals(
        List.of(
            pass(Component.Kind.INSTANCE, instance.id()),
            pass(Component.Kind.SECURITY_GROUP, privateGroup),
            fail(Component.Kind.ROUTE_TABLE, privateTable, "BAD_STATE_ROUTE")),
        steps(path));
    assertEquals(
        "route 0.0.0.0/0 → " + nat + " is a blackhole: the NAT gateway is deleted",
        detail(path, 2));
  }

  @Test
  void aCustomAclWithoutEphemeralReturnRulesDropsTheReplies() {
    String endpoint = net.s3Endpoint(vpc, privateTable);
    String acl = net.networkAcl(vpc, privateSubnet);
    net.aclEntry(acl, 100, true, "6", "allow", "0.0.0.0/0", "443");
    net.aclEntry(acl, 100, false, "6", "allow", "10.0.0.0/16", "22");

    Path path = toS3();

    assertEquals(
        List.of(
            pass(Component.Kind.INSTANCE, instance.id()),
            pass(Component.Kind.SECURITY_GROUP, privateGroup),
            pass(Component.Kind.ROUTE_TABLE, privateTable),
            pass(Component.Kind.NETWORK_ACL, acl),
            pass(Component.Kind.VPC_ENDPOINT, endpoint),
            fail(Component.Kind.NETWORK_ACL, acl, "SUBNET_ACL_RESTRICTION")),
        steps(path));
    assertEquals(
        "replies in from "
            + S3
            + " on ephemeral ports 32768-60999 at "
            + privateSubnet
            + ": rule * DENY All from 0.0.0.0/0",
        detail(path, 5));
  }

  @Test
  void aReturnRuleForPartOfTheEphemeralRangeFailsSomeConnections() {
    net.s3Endpoint(vpc, privateTable);
    String acl = net.networkAcl(vpc, privateSubnet);
    net.aclEntry(acl, 100, true, "6", "allow", "0.0.0.0/0", "443");
    net.aclEntry(acl, 100, false, "6", "allow", "0.0.0.0/0", "1024-40000");

    Path path = toS3();

    assertFalse(path.delivered());
    assertEquals(
        fail(Component.Kind.NETWORK_ACL, acl, "SUBNET_ACL_RESTRICTION"), steps(path).get(5));
    assertEquals(
        "replies in from "
            + S3
            + " on ephemeral ports 32768-60999 at "
            + privateSubnet
            + ": ports 40001-60999 are denied (rule * DENY All from 0.0.0.0/0), so some connections fail",
        detail(path, 5));
  }

  @Test
  void securityGroupEgressRevoked() {
    net.revokeDefaultEgress(privateGroup);

    Path path = toS3();

    assertEquals(
        List.of(
            pass(Component.Kind.INSTANCE, instance.id()),
            fail(Component.Kind.SECURITY_GROUP, privateGroup, "ENI_SG_RULES_MISMATCH")),
        steps(path));
    assertEquals(
        "no outbound rule of " + privateGroup + " allows TCP 443 to " + S3, detail(path, 1));
  }

  @Test
  void laptopToTheBastionOnPort22() {
    Ipv4 publicIp = bastion.launchPublicIp();

    Path path = fromLaptop(publicIp, 22);

    assertEquals(
        List.of(
            pass(Component.Kind.INTERNET, null),
            pass(Component.Kind.INTERNET_GATEWAY, igw),
            pass(Component.Kind.NETWORK_ACL, defaultAcl),
            pass(Component.Kind.SECURITY_GROUP, bastionGroup),
            pass(Component.Kind.INSTANCE, bastion.id()),
            pass(Component.Kind.ROUTE_TABLE, publicTable),
            pass(Component.Kind.NETWORK_ACL, defaultAcl)),
        steps(path));
    assertTrue(path.delivered());
    assertEquals(Optional.of(bastion.id()), path.receiver());
    assertEquals(Optional.of(Internet.LAPTOP_PUBLIC_IP), path.seenSource());
    assertEquals("inbound TCP 22 from 0.0.0.0/0", detail(path, 3));
    assertEquals(
        "replies out to 203.0.113.25 on ephemeral ports 49152-65535 at "
            + publicSubnet
            + ": rule 100 ALLOW All to 0.0.0.0/0",
        detail(path, 6));
  }

  @Test
  void laptopToAPrivateAddress() {
    Path path = fromLaptop(instance.privateIp(), 22);

    assertEquals(
        List.of(
            pass(Component.Kind.INTERNET, null),
            fail(Component.Kind.INTERNET, null, "PRIVATE_ADDRESS")),
        steps(path));
    assertFalse(path.delivered());
    assertEquals(Optional.empty(), path.receiver());
  }

  @Test
  void bastionToThePrivateInstanceInsideTheVpc() {
    Path path =
        Reach.fromInstance(
            net.world(), bastion, instance.privateIp(), 22, instance.privateIp().toString());

    assertEquals(
        List.of(
            pass(Component.Kind.INSTANCE, bastion.id()),
            pass(Component.Kind.SECURITY_GROUP, bastionGroup),
            pass(Component.Kind.ROUTE_TABLE, publicTable),
            pass(Component.Kind.NETWORK_ACL, defaultAcl),
            pass(Component.Kind.NETWORK_ACL, defaultAcl),
            pass(Component.Kind.SECURITY_GROUP, privateGroup),
            pass(Component.Kind.INSTANCE, instance.id()),
            pass(Component.Kind.NETWORK_ACL, defaultAcl),
            pass(Component.Kind.NETWORK_ACL, defaultAcl)),
        steps(path));
    assertEquals("inbound TCP 22 from " + bastionGroup, detail(path, 5));
    assertEquals(Optional.of(instance.id()), path.receiver());
  }

  @Test
  void aDetachedInternetGatewayMakesItsRouteABlackhole() {
    // Detaching is refused while public addresses are mapped: this VPC has none.
    String otherVpc = net.vpc("10.1.0.0/16");
    String subnet = net.subnet(otherVpc, "10.1.1.0/24");
    String otherIgw = net.attachedIgw(otherVpc);
    String table = net.routeTable(otherVpc, subnet);
    net.route(table, "0.0.0.0/0", otherIgw);
    String group = net.securityGroup(otherVpc, "any");
    Instance inside = net.instance(subnet, Launch.al2(), group);
    net.detachIgw(otherIgw, otherVpc);

    Path path = Reach.fromInstance(net.world(), inside, S3, 443, S3_HOST);

    assertEquals(
        List.of(
            pass(Component.Kind.INSTANCE, inside.id()),
            pass(Component.Kind.SECURITY_GROUP, group),
            fail(Component.Kind.ROUTE_TABLE, table, "BAD_STATE_ROUTE")),
        steps(path));
    assertEquals(
        "route 0.0.0.0/0 → "
            + otherIgw
            + " is a blackhole: the internet gateway is detached or deleted",
        detail(path, 2));
  }

  @Test
  void aPublicAddressInAVpcWithoutAnInternetGatewayIsUnreachable() {
    String otherVpc = net.vpc("10.1.0.0/16");
    String subnet = net.subnet(otherVpc, "10.1.1.0/24");
    String group = net.securityGroup(otherVpc, "ssh");
    net.allowIn(group, 22, 22, "0.0.0.0/0");
    Instance island = net.instance(subnet, Launch.al2().withPublicIp(), group);

    Path path = fromLaptop(island.launchPublicIp(), 22);

    assertEquals(
        List.of(
            pass(Component.Kind.INTERNET, null),
            fail(Component.Kind.INTERNET_GATEWAY, null, "NO_ROUTE_TO_DESTINATION")),
        steps(path));
  }

  @Test
  void anInstanceWithoutAPublicIpBehindAnInternetGatewayRoute() {
    Instance noPublicIp = net.instance(publicSubnet, Launch.al2(), bastionGroup);

    Path path = Reach.fromInstance(net.world(), noPublicIp, S3, 443, S3_HOST);

    assertEquals(
        List.of(
            pass(Component.Kind.INSTANCE, noPublicIp.id()),
            pass(Component.Kind.SECURITY_GROUP, bastionGroup),
            pass(Component.Kind.ROUTE_TABLE, publicTable),
            fail(Component.Kind.INTERNET_GATEWAY, igw, "IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS")),
        steps(path));
  }

  @Test
  void theBastionReachesS3DirectlyThroughTheInternetGateway() {
    Path path = Reach.fromInstance(net.world(), bastion, S3, 443, S3_HOST);

    assertEquals(
        List.of(
            pass(Component.Kind.INSTANCE, bastion.id()),
            pass(Component.Kind.SECURITY_GROUP, bastionGroup),
            pass(Component.Kind.ROUTE_TABLE, publicTable),
            pass(Component.Kind.NETWORK_ACL, defaultAcl),
            pass(Component.Kind.INTERNET_GATEWAY, igw),
            pass(Component.Kind.INTERNET, null),
            pass(Component.Kind.NETWORK_ACL, defaultAcl)),
        steps(path));
    assertEquals(Optional.of(bastion.launchPublicIp()), path.seenSource());
  }
}
