package dev.vpclab.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclab.net.Ipv4;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Route selection in one table (VPC user guide, "Route priority and prefix lists"; aws-facts.md
 * section 4): longest prefix; a prefix-list route counts with its matching CIDR's length; a static
 * route beats a prefix-list route of equal length. The us-east-2 S3 prefix list's CIDRs include
 * 52.219.80.0/20 and 3.5.128.0/22.
 */
class RouteCheckTest {
  private static final Ipv4 S3_ADDRESS = Ipv4.of("52.219.83.180");

  private final Net net = new Net();
  private String vpc;
  private String table;
  private String igw;
  private String nat;

  @BeforeEach
  void network() {
    vpc = net.vpc("10.0.0.0/16");
    String publicSubnet = net.subnet(vpc, "10.0.1.0/24");
    igw = net.attachedIgw(vpc);
    nat = net.natGateway(publicSubnet);
    table = net.routeTable(vpc);
  }

  private String winner(Ipv4 destination) {
    return RouteCheck.lookup(net.table(table), destination)
        .map(m -> RouteCheck.describe(m.route()) + " /" + m.prefixLength())
        .orElse("no route");
  }

  @Test
  void theLongestPrefixWins() {
    net.route(table, "0.0.0.0/0", igw);
    net.route(table, "52.219.0.0/16", nat);
    net.route(table, "52.219.83.0/24", igw);

    assertEquals("52.219.83.0/24 → " + igw + " /24", winner(S3_ADDRESS));
    assertEquals("52.219.0.0/16 → " + nat + " /16", winner(Ipv4.of("52.219.1.1")));
    assertEquals("0.0.0.0/0 → " + igw + " /0", winner(Ipv4.of("8.8.8.8")));
    assertEquals("10.0.0.0/16 → local /16", winner(Ipv4.of("10.0.200.7")));
  }

  @Test
  void aPrefixListRouteCountsWithTheLengthOfItsMatchingCidr() {
    net.route(table, "52.219.0.0/16", nat);
    String endpoint = net.s3Endpoint(vpc, table);

    assertEquals(Net.S3_PREFIX_LIST + " → " + endpoint + " /20", winner(S3_ADDRESS));
    assertEquals(Net.S3_PREFIX_LIST + " → " + endpoint + " /22", winner(Ipv4.of("3.5.129.9")));
    // Outside every CIDR of the list, the static /16 is all that matches.
    assertEquals("52.219.0.0/16 → " + nat + " /16", winner(Ipv4.of("52.219.1.1")));
  }

  @Test
  void aStaticRouteBeatsAPrefixListRouteOfEqualLength() {
    String endpoint = net.s3Endpoint(vpc, table);
    net.route(table, "52.219.80.0/20", nat);

    assertEquals("52.219.80.0/20 → " + nat + " /20", winner(S3_ADDRESS));
    // A list CIDR no static route covers still goes to the endpoint.
    assertEquals(Net.S3_PREFIX_LIST + " → " + endpoint + " /22", winner(Ipv4.of("3.5.129.9")));
  }

  @Test
  void aStaticRouteOfEqualLengthWinsWhicheverCameFirst() {
    net.route(table, "52.219.80.0/20", nat);
    net.prefixListRoute(table, Net.S3_PREFIX_LIST, igw);

    assertEquals("52.219.80.0/20 → " + nat + " /20", winner(S3_ADDRESS));
  }

  @Test
  void aShorterStaticRouteLosesToThePrefixList() {
    net.prefixListRoute(table, Net.S3_PREFIX_LIST, nat);
    net.route(table, "0.0.0.0/0", igw);

    assertEquals(Net.S3_PREFIX_LIST + " → " + nat + " /20", winner(S3_ADDRESS));
  }

  @Test
  void noRouteMatches() {
    assertEquals(Optional.empty(), RouteCheck.lookup(net.table(table), Ipv4.of("8.8.8.8")));
    net.s3Endpoint(vpc, table);
    // The S3 list of another region (us-east-1's 54.231.0.0/17) is not this route's.
    assertTrue(RouteCheck.lookup(net.table(table), Ipv4.of("54.231.21.1")).isEmpty());
  }
}
