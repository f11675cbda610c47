package dev.vpclab.cli.ec2;

import static dev.vpclab.cli.api.ApiTester.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclab.model.World;
import dev.vpclab.model.ec2.NetworkAcl;
import dev.vpclab.model.ec2.RouteTable;
import dev.vpclab.model.ec2.Subnet;
import org.junit.jupiter.api.Test;

/** The network of the VPC endpoints lab, built with the operations a learner types. */
class LabNetworkScenarioTest {
  private final NetFixture net = new NetFixture();

  @Test
  void publicAndPrivateSubnetsWithANatGateway() {
    String vpc = net.vpc("10.0.0.0/16");
    String publicSubnet = net.subnet(vpc, "10.0.1.0/24");
    String privateSubnet = net.subnet(vpc, "10.0.2.0/24");
    String igw = net.attachedIgw(vpc);
    String publicTable = net.routeTable(vpc);
    net.route(publicTable, "0.0.0.0/0", "GatewayId", igw);
    net.api.ok(
        "ec2",
        "AssociateRouteTable",
        "{\"RouteTableId\": \"%s\", \"SubnetId\": \"%s\"}".formatted(publicTable, publicSubnet));
    String nat = net.natGateway(publicSubnet, net.eip());
    String privateTable = net.routeTable(vpc);
    net.route(privateTable, "0.0.0.0/0", "NatGatewayId", nat);
    net.api.ok(
        "ec2",
        "AssociateRouteTable",
        "{\"RouteTableId\": \"%s\", \"SubnetId\": \"%s\"}".formatted(privateTable, privateSubnet));

    World world = net.api.world();
    assertEquals(publicTable, tableOf(world, publicSubnet).id());
    assertEquals(privateTable, tableOf(world, privateSubnet).id());
    var privateRoutes =
        net.api.ok(
            "ec2", "DescribeRouteTables", "{\"RouteTableIds\": [\"%s\"]}".formatted(privateTable));
    assertEquals("active", at(privateRoutes, "RouteTables.0.Routes.1.State"));

    // The lab's moment: the NAT route is deleted, only the local route is left.
    net.api.ok(
        "ec2",
        "DeleteRoute",
        "{\"RouteTableId\": \"%s\", \"DestinationCidrBlock\": \"0.0.0.0/0\"}"
            .formatted(privateTable));
    assertEquals(1, tableOf(net.api.world(), privateSubnet).routes().size());
    everySubnetHasExactlyOneAcl(net.api.world());
  }

  @Test
  void everySubnetKeepsExactlyOneAclThroughChanges() {
    String vpc = net.vpc("10.0.0.0/16");
    String a = net.subnet(vpc, "10.0.1.0/24");
    net.subnet(vpc, "10.0.2.0/24");
    String custom =
        at(
            net.api.ok("ec2", "CreateNetworkAcl", "{\"VpcId\": \"%s\"}".formatted(vpc)),
            "NetworkAcl.NetworkAclId");
    String association =
        NetworkAcl.forSubnet(net.api.world(), a).orElseThrow().associations().stream()
            .filter(x -> x.subnetId().equals(a))
            .findFirst()
            .orElseThrow()
            .id();
    net.api.ok(
        "ec2",
        "ReplaceNetworkAclAssociation",
        "{\"AssociationId\": \"%s\", \"NetworkAclId\": \"%s\"}".formatted(association, custom));
    everySubnetHasExactlyOneAcl(net.api.world());
    net.api.ok("ec2", "DeleteSubnet", "{\"SubnetId\": \"%s\"}".formatted(a));
    everySubnetHasExactlyOneAcl(net.api.world());
    net.api.ok("ec2", "DeleteNetworkAcl", "{\"NetworkAclId\": \"%s\"}".formatted(custom));
  }

  private static RouteTable tableOf(World world, String subnetId) {
    return RouteTable.forSubnet(world, world.find(Subnet.class, subnetId).orElseThrow())
        .orElseThrow();
  }

  /** The model invariant: one ACL per subnet, of the subnet's VPC, and no stale association. */
  private static void everySubnetHasExactlyOneAcl(World world) {
    world
        .all(Subnet.class)
        .forEach(
            s -> {
              var acls =
                  world
                      .all(NetworkAcl.class)
                      .filter(
                          acl ->
                              acl.associations().stream()
                                  .anyMatch(x -> x.subnetId().equals(s.id())))
                      .toList();
              assertEquals(1, acls.size(), s.id());
              assertEquals(s.vpcId(), acls.get(0).vpcId());
            });
    world
        .all(NetworkAcl.class)
        .flatMap(acl -> acl.associations().stream())
        .forEach(x -> assertTrue(world.find(Subnet.class, x.subnetId()).isPresent()));
  }
}
