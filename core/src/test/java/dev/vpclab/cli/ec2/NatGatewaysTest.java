package dev.vpclab.cli.ec2;

import static dev.vpclab.cli.api.ApiTester.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclab.cli.api.ApiResult;
import org.junit.jupiter.api.Test;

class NatGatewaysTest {
  private final NetFixture net = new NetFixture();
  private final String vpc = net.vpc("10.0.0.0/16");
  private final String subnet = net.subnet(vpc, "10.0.1.0/24");

  private String create(String eip) {
    return "{\"SubnetId\": \"%s\", \"AllocationId\": \"%s\"}".formatted(subnet, eip);
  }

  private com.fasterxml.jackson.databind.JsonNode describe(String nat) {
    return net.api
        .ok("ec2", "DescribeNatGateways", "{\"NatGatewayIds\": [\"%s\"]}".formatted(nat))
        .get("NatGateways")
        .get(0);
  }

  @Test
  void createShowsPendingThenTheGatewayIsAvailable() {
    net.attachedIgw(vpc);
    String eip = net.eip();
    var out = net.api.ok("ec2", "CreateNatGateway", create(eip));
    // Real 2022 create-nat-gateway output (aws-facts.md section 10) with the newer IsPrimary and
    // Status keys; the CLI fills ClientToken with a UUID.
    assertEquals("pending", at(out, "NatGateway.State"));
    assertEquals("public", at(out, "NatGateway.ConnectivityType"));
    assertEquals(eip, at(out, "NatGateway.NatGatewayAddresses.0.AllocationId"));
    assertFalse(out.get("NatGateway").get("NatGatewayAddresses").get(0).has("PublicIp"));
    assertEquals(vpc, at(out, "NatGateway.VpcId"));
    assertTrue(at(out, "ClientToken").matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a.*"));
    // The session clock starts at 09:00:00 and five calls came before (CLI v2 timestamp form).
    assertEquals("2026-01-12T09:00:05+00:00", at(out, "NatGateway.CreateTime"));
    String nat = at(out, "NatGateway.NatGatewayId");
    var described = describe(nat);
    // CLI-EX describe-nat-gateways for an available public gateway.
    assertEquals("available", at(described, "State"));
    assertEquals("succeeded", at(described, "NatGatewayAddresses.0.Status"));
    assertTrue(at(described, "NatGatewayAddresses.0.PrivateIp").startsWith("10.0.1."));
    assertTrue(at(described, "NatGatewayAddresses.0.AssociationId").startsWith("eipassoc-"));
    String publicIp =
        at(
            net.api.ok("ec2", "DescribeAddresses", "{\"AllocationIds\": [\"%s\"]}".formatted(eip)),
            "Addresses.0.PublicIp");
    assertEquals(publicIp, at(described, "NatGatewayAddresses.0.PublicIp"));
  }

  @Test
  void withoutAnInternetGatewayTheGatewayFails() {
    String eip = net.eip();
    ApiResult result = net.api.call("ec2", "CreateNatGateway", create(eip));
    var success = (ApiResult.Success) result;
    assertEquals("pending", at(success.response(), "NatGateway.State"));
    assertEquals(1, success.advice().size());
    String nat = at(success.response(), "NatGateway.NatGatewayId");
    var described = describe(nat);
    // Real FailureCode and FailureMessage (a 2020 describe-nat-gateways transcript).
    assertEquals("failed", at(described, "State"));
    assertEquals("Gateway.NotAttached", at(described, "FailureCode"));
    assertEquals(
        "Network " + vpc + " has no Internet gateway attached", at(described, "FailureMessage"));
    assertTrue(described.has("DeleteTime"));
    // The Elastic IP was never taken.
    var eipOut =
        net.api.ok("ec2", "DescribeAddresses", "{\"AllocationIds\": [\"%s\"]}".formatted(eip));
    assertFalse(eipOut.get("Addresses").get(0).has("AssociationId"));
  }

  @Test
  void anElasticIpInUseMakesTheGatewayFail() {
    net.attachedIgw(vpc);
    String eip = net.eip();
    net.natGateway(subnet, eip);
    String second = net.natGateway(subnet, eip);
    var described = describe(second);
    // Failure code and message of the model documentation (NatGateway.FailureMessage).
    assertEquals("failed", at(described, "State"));
    assertEquals("Resource.AlreadyAssociated", at(described, "FailureCode"));
    assertEquals(
        "Elastic IP address " + eip + " is already associated", at(described, "FailureMessage"));
  }

  @Test
  void aSubnetWithoutAnInternetRouteIsAcceptedWithAdvice() {
    String igw = net.attachedIgw(vpc);
    var quiet = (ApiResult.Success) net.api.call("ec2", "CreateNatGateway", create(net.eip()));
    assertEquals(1, quiet.advice().size());
    assertTrue(quiet.advice().get(0).startsWith("Subnet " + subnet + " has no route"));
    net.route(net.mainRouteTable(vpc), "0.0.0.0/0", "GatewayId", igw);
    var routed = (ApiResult.Success) net.api.call("ec2", "CreateNatGateway", create(net.eip()));
    assertTrue(routed.advice().isEmpty());
  }

  @Test
  void aPublicGatewayNeedsAnElasticIp() {
    // Real messages (aws-controllers-k8s/ec2-controller's e2e tests).
    assertEquals(
        "MissingParameter: The request must include the AllocationId parameter. Add the required"
            + " parameter and retry the request.",
        net.api.error("ec2", "CreateNatGateway", "{\"SubnetId\": \"%s\"}".formatted(subnet)));
    assertEquals(
        "InvalidElasticIpID.Malformed: The elastic-ip ID 'MalformedElasticIpId' is malformed",
        net.api.error("ec2", "CreateNatGateway", create("MalformedElasticIpId")));
    assertEquals(
        "InvalidSubnet: The subnet ID 'InvalidSubnet' is malformed",
        net.api.error(
            "ec2",
            "CreateNatGateway",
            "{\"SubnetId\": \"InvalidSubnet\", \"AllocationId\": \"%s\"}".formatted(net.eip())));
    assertEquals(
        "InvalidAllocationID.NotFound: The allocation ID 'eipalloc-0123456789abcdef0' does not"
            + " exist",
        net.api.error("ec2", "CreateNatGateway", create("eipalloc-0123456789abcdef0")));
    // Real message of a malformed-ID variant is per operation; unknown subnet (riker #42).
    assertEquals(
        "InvalidSubnetID.NotFound: The subnet ID 'subnet-0123456789abcdef0' does not exist",
        net.api.error(
            "ec2",
            "CreateNatGateway",
            "{\"SubnetId\": \"subnet-0123456789abcdef0\", \"AllocationId\": \"%s\"}"
                .formatted(net.eip())));
  }

  @Test
  void aPrivateGatewayHasNoElasticIp() {
    var out =
        net.api.ok(
            "ec2",
            "CreateNatGateway",
            "{\"SubnetId\": \"%s\", \"ConnectivityType\": \"private\"}".formatted(subnet));
    String nat = at(out, "NatGateway.NatGatewayId");
    var described = describe(nat);
    // CLI-EX describe-nat-gateways, private example: no AllocationId, no PublicIp.
    assertEquals("available", at(described, "State"));
    assertEquals("private", at(described, "ConnectivityType"));
    assertFalse(described.get("NatGatewayAddresses").get(0).has("AllocationId"));
    assertFalse(described.get("NatGatewayAddresses").get(0).has("PublicIp"));
    assertEquals(
        "InvalidParameterCombination: AllocationId cannot be specified for a private NAT gateway",
        net.api.error(
            "ec2",
            "CreateNatGateway",
            "{\"SubnetId\": \"%s\", \"ConnectivityType\": \"private\", \"AllocationId\": \"%s\"}"
                .formatted(subnet, net.eip())));
  }

  @Test
  void deleteKeepsTheElasticIpAndLeavesABlackholeRoute() {
    net.attachedIgw(vpc);
    String eip = net.eip();
    String nat = net.natGateway(subnet, eip);
    String table = net.routeTable(vpc);
    net.route(table, "0.0.0.0/0", "NatGatewayId", nat);
    var out = net.api.ok("ec2", "DeleteNatGateway", "{\"NatGatewayId\": \"%s\"}".formatted(nat));
    assertEquals(nat, at(out, "NatGatewayId"));
    // Deleted gateways stay listed; the EIP is disassociated but still allocated; the route to
    // the gateway is a blackhole (VPC user guide; CLI-EX describe-route-tables).
    assertEquals("deleted", at(describe(nat), "State"));
    var eipOut =
        net.api.ok("ec2", "DescribeAddresses", "{\"AllocationIds\": [\"%s\"]}".formatted(eip));
    assertFalse(eipOut.get("Addresses").get(0).has("AssociationId"));
    var routes =
        net.api.ok("ec2", "DescribeRouteTables", "{\"RouteTableIds\": [\"%s\"]}".formatted(table));
    assertEquals(nat, at(routes, "RouteTables.0.Routes.1.NatGatewayId"));
    assertEquals("blackhole", at(routes, "RouteTables.0.Routes.1.State"));
    // Deleting again changes nothing.
    net.api.ok("ec2", "DeleteNatGateway", "{\"NatGatewayId\": \"%s\"}".formatted(nat));
  }

  @Test
  void describeFiltersUseTheFilterMember() {
    net.attachedIgw(vpc);
    String nat = net.natGateway(subnet, net.eip());
    var out =
        net.api.ok(
            "ec2",
            "DescribeNatGateways",
            "{\"Filter\": [{\"Name\": \"state\", \"Values\": [\"available\"]},"
                + " {\"Name\": \"vpc-id\", \"Values\": [\"%s\"]}]}".formatted(vpc));
    assertEquals(1, out.get("NatGateways").size());
    assertEquals(nat, at(out, "NatGateways.0.NatGatewayId"));
    var none =
        net.api.ok(
            "ec2",
            "DescribeNatGateways",
            "{\"Filter\": [{\"Name\": \"state\", \"Values\": [\"deleted\"]}]}");
    assertEquals(0, none.get("NatGateways").size());
  }

  @Test
  void unknownGateway() {
    // Real message (gruntwork-io/cloud-nuke #325); the malformed code is EC2's documented one.
    assertEquals(
        "NatGatewayNotFound: NAT gateway nat-0123456789abcdef0 was not found",
        net.api.error("ec2", "DeleteNatGateway", "{\"NatGatewayId\": \"nat-0123456789abcdef0\"}"));
    assertEquals(
        "NatGatewayMalformed: Invalid id: \"nat-1\" (expecting \"nat-...\")",
        net.api.error("ec2", "DescribeNatGateways", "{\"NatGatewayIds\": [\"nat-1\"]}"));
  }

  @Test
  void aFullSubnetMakesTheGatewayFail() {
    net.attachedIgw(vpc);
    String small = net.subnet(vpc, "10.0.9.0/28");
    for (int i = 0; i < 11; i++) {
      net.instance(small, false);
    }
    String nat =
        at(
            net.api.ok(
                "ec2",
                "CreateNatGateway",
                "{\"SubnetId\": \"%s\", \"AllocationId\": \"%s\"}".formatted(small, net.eip())),
            "NatGateway.NatGatewayId");
    var described = describe(nat);
    // Failure code and message of the model documentation (NatGateway.FailureMessage).
    assertEquals("InsufficientFreeAddressesInSubnet", at(described, "FailureCode"));
    assertEquals(
        "Subnet has insufficient free addresses to create this NAT gateway",
        at(described, "FailureMessage"));
    assertFalse(described.get("NatGatewayAddresses").get(0).has("PrivateIp"));
  }
}
