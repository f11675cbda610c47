package dev.vpclab.cli.ec2;

import static dev.vpclab.cli.api.ApiTester.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclab.model.ec2.RouteTable;
import dev.vpclab.model.ec2.Subnet;
import org.junit.jupiter.api.Test;

class RouteTablesTest {
  private final NetFixture net = new NetFixture();
  private final String vpc = net.vpc("10.0.0.0/16");
  private final String subnet = net.subnet(vpc, "10.0.1.0/24");

  private String associate(String table, String subnetId) {
    return "{\"RouteTableId\": \"%s\", \"SubnetId\": \"%s\"}".formatted(table, subnetId);
  }

  private RouteTable effective(String subnetId) {
    var world = net.api.world();
    return RouteTable.forSubnet(world, world.find(Subnet.class, subnetId).orElseThrow())
        .orElseThrow();
  }

  @Test
  void createShowsTheLocalRouteAndEmptyLists() {
    var out = net.api.ok("ec2", "CreateRouteTable", "{\"VpcId\": \"%s\"}".formatted(vpc));
    var table = out.get("RouteTable");
    // Real create-route-table output (aws-facts.md section 10).
    assertEquals(0, table.get("Associations").size());
    assertEquals(0, table.get("PropagatingVgws").size());
    assertEquals(0, table.get("Tags").size());
    assertEquals("10.0.0.0/16", at(table, "Routes.0.DestinationCidrBlock"));
    assertEquals("local", at(table, "Routes.0.GatewayId"));
    assertEquals("CreateRouteTable", at(table, "Routes.0.Origin"));
    assertEquals("active", at(table, "Routes.0.State"));
    assertEquals("123456789012", at(table, "OwnerId"));
    assertTrue(out.has("ClientToken"));
  }

  @Test
  void describeShowsTheMainAssociation() {
    String main = net.mainRouteTable(vpc);
    var out =
        net.api.ok("ec2", "DescribeRouteTables", "{\"RouteTableIds\": [\"%s\"]}".formatted(main));
    var association = out.get("RouteTables").get(0).get("Associations").get(0);
    // aws-facts.md section 10: the main association has Main true and no SubnetId.
    assertEquals("true", at(association, "Main"));
    assertFalse(association.has("SubnetId"));
    assertEquals("associated", at(association, "AssociationState.State"));
  }

  @Test
  void associateAndDisassociate() {
    String table = net.routeTable(vpc);
    var out = net.api.ok("ec2", "AssociateRouteTable", associate(table, subnet));
    // Real associate-route-table output (aws-facts.md section 10).
    String association = at(out, "AssociationId");
    assertTrue(association.matches("rtbassoc-0[0-9a-f]{16}"));
    assertEquals("associated", at(out, "AssociationState.State"));
    assertEquals(table, effective(subnet).id());
    var bySubnet =
        net.api.ok(
            "ec2",
            "DescribeRouteTables",
            "{\"Filters\": [{\"Name\": \"association.subnet-id\", \"Values\": [\"%s\"]}]}"
                .formatted(subnet));
    assertEquals(table, at(bySubnet, "RouteTables.0.RouteTableId"));
    net.api.ok(
        "ec2", "DisassociateRouteTable", "{\"AssociationId\": \"%s\"}".formatted(association));
    assertEquals(net.mainRouteTable(vpc), effective(subnet).id());
  }

  @Test
  void aSubnetHasOneExplicitAssociation() {
    String table = net.routeTable(vpc);
    net.api.ok("ec2", "AssociateRouteTable", associate(table, subnet));
    String other = net.routeTable(vpc);
    // Real message (terraform logs).
    assertEquals(
        "Resource.AlreadyAssociated: the specified association for route table "
            + other
            + " conflicts with an existing association",
        net.api.error("ec2", "AssociateRouteTable", associate(other, subnet)));
  }

  @Test
  void subnetAndTableMustShareTheVpc() {
    String otherVpc = net.vpc("10.1.0.0/16");
    String table = net.routeTable(otherVpc);
    // OpenStack ec2-api's wording, the form of the real gateway variant.
    assertEquals(
        "InvalidParameterValue: Route table "
            + table
            + " and subnet "
            + subnet
            + " belong to different networks",
        net.api.error("ec2", "AssociateRouteTable", associate(table, subnet)));
  }

  @Test
  void deleteRefusedWhileAssociatedOrMain() {
    String table = net.routeTable(vpc);
    net.api.ok("ec2", "AssociateRouteTable", associate(table, subnet));
    // Real message (aws-facts.md section 6).
    assertEquals(
        "DependencyViolation: The routeTable '"
            + table
            + "' has dependencies and cannot be"
            + " deleted.",
        net.api.error("ec2", "DeleteRouteTable", "{\"RouteTableId\": \"%s\"}".formatted(table)));
    String main = net.mainRouteTable(vpc);
    assertEquals(
        "DependencyViolation: The routeTable '"
            + main
            + "' has dependencies and cannot be"
            + " deleted.",
        net.api.error("ec2", "DeleteRouteTable", "{\"RouteTableId\": \"%s\"}".formatted(main)));
  }

  @Test
  void theMainAssociationIsReplacedNotRemoved() {
    String main = net.mainRouteTable(vpc);
    String mainAssociation =
        at(
            net.api.ok(
                "ec2", "DescribeRouteTables", "{\"RouteTableIds\": [\"%s\"]}".formatted(main)),
            "RouteTables.0.Associations.0.RouteTableAssociationId");
    // The emulators' wording (no real transcript found).
    assertEquals(
        "InvalidParameterValue: cannot disassociate the main route table association "
            + mainAssociation,
        net.api.error(
            "ec2",
            "DisassociateRouteTable",
            "{\"AssociationId\": \"%s\"}".formatted(mainAssociation)));
    String custom = net.routeTable(vpc);
    var out =
        net.api.ok(
            "ec2",
            "ReplaceRouteTableAssociation",
            "{\"AssociationId\": \"%s\", \"RouteTableId\": \"%s\"}"
                .formatted(mainAssociation, custom));
    assertTrue(at(out, "NewAssociationId").startsWith("rtbassoc-"));
    assertEquals(custom, net.mainRouteTable(vpc));
    assertEquals(custom, effective(subnet).id());
    // The old main table has no association left and can go now.
    net.api.ok("ec2", "DeleteRouteTable", "{\"RouteTableId\": \"%s\"}".formatted(main));
  }

  @Test
  void replaceASubnetAssociation() {
    String first = net.routeTable(vpc);
    String second = net.routeTable(vpc);
    String association =
        at(net.api.ok("ec2", "AssociateRouteTable", associate(first, subnet)), "AssociationId");
    String replaced =
        at(
            net.api.ok(
                "ec2",
                "ReplaceRouteTableAssociation",
                "{\"AssociationId\": \"%s\", \"RouteTableId\": \"%s\"}"
                    .formatted(association, second)),
            "NewAssociationId");
    assertEquals(second, effective(subnet).id());
    assertEquals(
        "InvalidAssociationID.NotFound: The association ID '" + association + "' does not exist",
        net.api.error(
            "ec2", "DisassociateRouteTable", "{\"AssociationId\": \"%s\"}".formatted(association)));
    String otherVpcTable = net.routeTable(net.vpc("10.1.0.0/16"));
    // ec2-api's wording (not seen from real AWS).
    assertEquals(
        "InvalidParameterValue: Route table association "
            + replaced
            + " and route table "
            + otherVpcTable
            + " belong to different networks",
        net.api.error(
            "ec2",
            "ReplaceRouteTableAssociation",
            "{\"AssociationId\": \"%s\", \"RouteTableId\": \"%s\"}"
                .formatted(replaced, otherVpcTable)));
  }

  @Test
  void describeFiltersOnRoutes() {
    String igw = net.attachedIgw(vpc);
    String table = net.routeTable(vpc);
    net.route(table, "0.0.0.0/0", "GatewayId", igw);
    var byGateway =
        net.api.ok(
            "ec2",
            "DescribeRouteTables",
            "{\"Filters\": [{\"Name\": \"route.gateway-id\", \"Values\": [\"%s\"]}]}"
                .formatted(igw));
    assertEquals(1, byGateway.get("RouteTables").size());
    assertEquals(table, at(byGateway, "RouteTables.0.RouteTableId"));
    var byState =
        net.api.ok(
            "ec2",
            "DescribeRouteTables",
            ("{\"Filters\": [{\"Name\": \"route.state\", \"Values\": [\"blackhole\"]},"
                    + " {\"Name\": \"vpc-id\", \"Values\": [\"%s\"]}]}")
                .formatted(vpc));
    assertEquals(0, byState.get("RouteTables").size());
    var notMain =
        net.api.ok(
            "ec2",
            "DescribeRouteTables",
            ("{\"Filters\": [{\"Name\": \"vpc-id\", \"Values\": [\"%s\"]},"
                    + " {\"Name\": \"association.main\", \"Values\": [\"false\"]}]}")
                .formatted(vpc));
    assertEquals(0, notMain.get("RouteTables").size(), "a table without associations");
  }

  @Test
  void unknownTable() {
    // Real message (terraform #7104).
    assertEquals(
        "InvalidRouteTableID.NotFound: The routeTable ID 'rtb-0123456789abcdef0' does not exist",
        net.api.error("ec2", "AssociateRouteTable", associate("rtb-0123456789abcdef0", subnet)));
    // Code as the EC2 API's error-code list spells it.
    assertEquals(
        "InvalidRouteTableId.Malformed: Invalid id: \"rtb-1\" (expecting \"rtb-...\")",
        net.api.error("ec2", "DeleteRouteTable", "{\"RouteTableId\": \"rtb-1\"}"));
    // CreateRouteTable does not check the VPC ID's shape (real error quoted in ACK's tests).
    assertEquals(
        "InvalidVpcID.NotFound: The vpc ID 'InvalidVpcId' does not exist",
        net.api.error("ec2", "CreateRouteTable", "{\"VpcId\": \"InvalidVpcId\"}"));
  }

  @Test
  void gatewayAssociationsAreNotSimulated() {
    String table = net.routeTable(vpc);
    // vpclab's own refusal.
    assertEquals(
        "UnsupportedOperation: vpclab simulates route table associations with subnets only.",
        net.api.error(
            "ec2",
            "AssociateRouteTable",
            "{\"RouteTableId\": \"%s\", \"GatewayId\": \"%s\"}".formatted(table, net.igw())));
  }
}
