package dev.vpclab.cli.ec2;

import static dev.vpclab.cli.api.ApiTester.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclab.model.ec2.Instance;
import dev.vpclab.net.Cidr;
import org.junit.jupiter.api.Test;

class ElasticIpsTest {
  private final NetFixture net = new NetFixture();
  private final String vpc = net.vpc("10.0.0.0/16");
  private final String subnet = net.subnet(vpc, "10.0.1.0/24");

  private String associate(String allocationId, String instanceId) {
    return "{\"AllocationId\": \"%s\", \"InstanceId\": \"%s\"}".formatted(allocationId, instanceId);
  }

  @Test
  void allocateGivesAnAddressOfTheRegion() {
    var out = net.api.ok("ec2", "AllocateAddress", "{\"Domain\": \"vpc\"}");
    // Keys of CLI-EX allocate-address.
    assertEquals("amazon", at(out, "PublicIpv4Pool"));
    assertEquals("us-east-2", at(out, "NetworkBorderGroup"));
    assertEquals("vpc", at(out, "Domain"));
    assertTrue(at(out, "AllocationId").matches("eipalloc-0[0-9a-f]{16}"));
    String ip = at(out, "PublicIp");
    assertTrue(
        dev.vpclab.model.catalog.Regions.catalog().require("us-east-2").ec2PublicRanges().stream()
            .anyMatch(range -> range.contains(Cidr.of(ip + "/32"))));
  }

  @Test
  void allocateRefusesWhatVpclabDoesNotHave() {
    // Real message for an address that cannot be recovered (a 2021 CLI transcript).
    assertEquals(
        "InvalidAddress.NotFound: The Elastic IP address '3.12.0.10' does not exist or is not"
            + " available.",
        net.api.error("ec2", "AllocateAddress", "{\"Address\": \"3.12.0.10\"}"));
    // EC2's NotFound and invalid-value patterns (not seen verbatim).
    assertEquals(
        "InvalidPublicIpv4PoolID.NotFound: The public IPv4 pool ID 'ipv4pool-ec2-1' does not"
            + " exist",
        net.api.error("ec2", "AllocateAddress", "{\"PublicIpv4Pool\": \"ipv4pool-ec2-1\"}"));
    assertEquals(
        "InvalidParameterValue: Value (us-west-2) for parameter networkBorderGroup is invalid.",
        net.api.error("ec2", "AllocateAddress", "{\"NetworkBorderGroup\": \"us-west-2\"}"));
  }

  @Test
  void associateWithAnInstanceAndDescribeIt() {
    net.attachedIgw(vpc);
    Instance instance = net.instance(subnet, false);
    String eip = net.eip();
    String association =
        at(net.api.ok("ec2", "AssociateAddress", associate(eip, instance.id())), "AssociationId");
    assertTrue(association.matches("eipassoc-0[0-9a-f]{16}"));
    var out =
        net.api.ok(
            "ec2",
            "DescribeAddresses",
            "{\"Filters\": [{\"Name\": \"instance-id\", \"Values\": [\"%s\"]}]}"
                .formatted(instance.id()));
    // Keys of CLI-EX describe-addresses for an associated VPC address.
    assertEquals(eip, at(out, "Addresses.0.AllocationId"));
    assertEquals(association, at(out, "Addresses.0.AssociationId"));
    assertEquals(instance.networkInterfaceId(), at(out, "Addresses.0.NetworkInterfaceId"));
    assertEquals(instance.privateIp().toString(), at(out, "Addresses.0.PrivateIpAddress"));
    assertEquals("123456789012", at(out, "Addresses.0.NetworkInterfaceOwnerId"));
    net.api.ok("ec2", "DisassociateAddress", "{\"AssociationId\": \"%s\"}".formatted(association));
    var after =
        net.api.ok("ec2", "DescribeAddresses", "{\"AllocationIds\": [\"%s\"]}".formatted(eip));
    assertFalse(after.get("Addresses").get(0).has("AssociationId"));
    assertFalse(after.get("Addresses").get(0).has("InstanceId"));
  }

  @Test
  void associateNeedsAnInternetGatewayAndARunningInstance() {
    String instance = net.instance(subnet, false).id();
    String eip = net.eip();
    // Real message (aws-samples/cfn101-workshop #165).
    assertEquals(
        "Gateway.NotAttached: Network " + vpc + " is not attached to any internet gateway",
        net.api.error("ec2", "AssociateAddress", associate(eip, instance)));
    net.attachedIgw(vpc);
    net.instanceState(instance, Instance.State.PENDING);
    // Real message for a pending instance (a CLI transcript).
    assertEquals(
        "InvalidInstanceID: The pending instance '"
            + instance
            + "' is not in a valid state for this operation.",
        net.api.error("ec2", "AssociateAddress", associate(eip, instance)));
  }

  @Test
  void aHeldAddressMovesOnlyWithAllowReassociation() {
    net.attachedIgw(vpc);
    String first = net.instance(subnet, false).id();
    String second = net.instance(subnet, false).id();
    String eip = net.eip();
    String association =
        at(net.api.ok("ec2", "AssociateAddress", associate(eip, first)), "AssociationId");
    // Real message (a BOSH error report).
    assertEquals(
        "Resource.AlreadyAssociated: resource "
            + eip
            + " is already associated with associate-id "
            + association,
        net.api.error("ec2", "AssociateAddress", associate(eip, second)));
    net.api.ok(
        "ec2",
        "AssociateAddress",
        "{\"AllocationId\": \"%s\", \"InstanceId\": \"%s\", \"AllowReassociation\": true}"
            .formatted(eip, second));
    var out =
        net.api.ok("ec2", "DescribeAddresses", "{\"AllocationIds\": [\"%s\"]}".formatted(eip));
    assertEquals(second, at(out, "Addresses.0.InstanceId"));
  }

  @Test
  void anInstanceHasOneElasticIp() {
    net.attachedIgw(vpc);
    String instance = net.instance(subnet, false).id();
    String first = net.eip();
    String second = net.eip();
    net.api.ok("ec2", "AssociateAddress", associate(first, instance));
    net.api.ok("ec2", "AssociateAddress", associate(second, instance));
    var out =
        net.api.ok("ec2", "DescribeAddresses", "{\"AllocationIds\": [\"%s\"]}".formatted(first));
    assertFalse(out.get("Addresses").get(0).has("InstanceId"), "the first is disassociated");
  }

  @Test
  void describeUnknownAddresses() {
    // The code is real; moto's message (the real one was seen only up to "Address").
    assertEquals(
        "InvalidAddress.NotFound: Address '3.12.0.10' not found.",
        net.api.error("ec2", "DescribeAddresses", "{\"PublicIps\": [\"3.12.0.10\"]}"));
    // Real message (a CLI transcript of associate-address).
    assertEquals(
        "InvalidAllocationID.NotFound: The allocation ID 'eipalloc-0123456789abcdef0' does not"
            + " exist",
        net.api.error(
            "ec2", "DescribeAddresses", "{\"AllocationIds\": [\"eipalloc-0123456789abcdef0\"]}"));
    // An association ID where an allocation ID belongs is unknown, not malformed (two real CLI
    // transcripts).
    assertEquals(
        "InvalidAllocationID.NotFound: The allocation ID 'eipassoc-0045976d3b4818dfa' does not"
            + " exist",
        net.api.error(
            "ec2", "DescribeAddresses", "{\"AllocationIds\": [\"eipassoc-0045976d3b4818dfa\"]}"));
  }

  @Test
  void describeByPublicIp() {
    String eip = net.eip();
    String ip =
        at(
            net.api.ok("ec2", "DescribeAddresses", "{\"AllocationIds\": [\"%s\"]}".formatted(eip)),
            "Addresses.0.PublicIp");
    var out = net.api.ok("ec2", "DescribeAddresses", "{\"PublicIps\": [\"%s\"]}".formatted(ip));
    assertEquals(eip, at(out, "Addresses.0.AllocationId"));
  }

  @Test
  void releaseRefusedWhileAssociated() {
    net.attachedIgw(vpc);
    String instance = net.instance(subnet, false).id();
    String eip = net.eip();
    net.api.ok("ec2", "AssociateAddress", associate(eip, instance));
    // The documented code; the message of a troubleshooting write-up.
    assertEquals(
        "InvalidIPAddress.InUse: Address is in use.",
        net.api.error("ec2", "ReleaseAddress", "{\"AllocationId\": \"%s\"}".formatted(eip)));
  }

  @Test
  void releaseInTheDefaultVpcDisassociatesFirst() {
    String defaultSubnet =
        net.api
            .world()
            .all(dev.vpclab.model.ec2.Subnet.class, "us-east-2")
            .filter(s -> s.vpcId().equals(net.defaultVpc()))
            .findFirst()
            .orElseThrow()
            .id();
    String instance = net.instance(defaultSubnet, false).id();
    String eip = net.eip();
    net.api.ok("ec2", "AssociateAddress", associate(eip, instance));
    net.api.ok("ec2", "ReleaseAddress", "{\"AllocationId\": \"%s\"}".formatted(eip));
    assertEquals(
        "InvalidAllocationID.NotFound: The allocation ID '" + eip + "' does not exist",
        net.api.error("ec2", "DescribeAddresses", "{\"AllocationIds\": [\"%s\"]}".formatted(eip)));
  }

  @Test
  void releaseByPublicIpIsRefusedForVpcAddresses() {
    // Real message (a 2020 CLI transcript).
    assertEquals(
        "InvalidParameterValue: You must specify an allocation id when releasing a VPC elastic IP"
            + " address",
        net.api.error("ec2", "ReleaseAddress", "{\"PublicIp\": \"3.12.0.10\"}"));
  }

  @Test
  void aNatGatewaysAddressIsManagedByAws() {
    net.attachedIgw(vpc);
    String eip = net.eip();
    net.natGateway(subnet, eip);
    String association =
        at(
            net.api.ok("ec2", "DescribeAddresses", "{\"AllocationIds\": [\"%s\"]}".formatted(eip)),
            "Addresses.0.AssociationId");
    // Real message of release-address while a NAT gateway held the address (a 2020 transcript).
    String authFailure =
        "AuthFailure: You do not have permission to access the specified resource.";
    assertEquals(
        authFailure,
        net.api.error("ec2", "ReleaseAddress", "{\"AllocationId\": \"%s\"}".formatted(eip)));
    assertEquals(
        authFailure,
        net.api.error(
            "ec2", "DisassociateAddress", "{\"AssociationId\": \"%s\"}".formatted(association)));
  }

  @Test
  void disassociateUnknownAssociation() {
    // InvalidAssociationID.NotFound is real; the message follows EC2's NotFound pattern.
    assertEquals(
        "InvalidAssociationID.NotFound: The association ID 'eipassoc-0123456789abcdef0' does not"
            + " exist",
        net.api.error(
            "ec2", "DisassociateAddress", "{\"AssociationId\": \"eipassoc-0123456789abcdef0\"}"));
  }

  @Test
  void associateWithANetworkInterface() {
    net.attachedIgw(vpc);
    Instance instance = net.instance(subnet, false);
    String eip = net.eip();
    net.api.ok(
        "ec2",
        "AssociateAddress",
        "{\"AllocationId\": \"%s\", \"NetworkInterfaceId\": \"%s\"}"
            .formatted(eip, instance.networkInterfaceId()));
    var out =
        net.api.ok("ec2", "DescribeAddresses", "{\"AllocationIds\": [\"%s\"]}".formatted(eip));
    assertEquals(instance.id(), at(out, "Addresses.0.InstanceId"));
    assertEquals(
        "InvalidNetworkInterfaceID.NotFound: The networkInterface ID 'eni-0123456789abcdef0' does"
            + " not exist",
        net.api.error(
            "ec2",
            "AssociateAddress",
            "{\"AllocationId\": \"%s\", \"NetworkInterfaceId\": \"eni-0123456789abcdef0\"}"
                .formatted(eip)));
  }

  @Test
  void associateNeedsATargetThatIsNotAwsManaged() {
    net.attachedIgw(vpc);
    String eip = net.eip();
    // EC2's MissingParameter pattern (not seen verbatim).
    assertEquals(
        "MissingParameter: The request must contain the parameter instanceId or"
            + " networkInterfaceId",
        net.api.error("ec2", "AssociateAddress", "{\"AllocationId\": \"%s\"}".formatted(eip)));
    String nat = net.natGateway(subnet, net.eip());
    String natEni =
        net.api
            .world()
            .find(dev.vpclab.model.ec2.NatGateway.class, nat)
            .orElseThrow()
            .networkInterfaceId();
    // Real answer for an interface AWS manages (a Fargate task ENI).
    assertEquals(
        "AuthFailure: You do not have permission to access the specified resource.",
        net.api.error(
            "ec2",
            "AssociateAddress",
            "{\"AllocationId\": \"%s\", \"NetworkInterfaceId\": \"%s\"}".formatted(eip, natEni)));
  }
}
