package dev.vpclab.cli.ec2;

import static dev.vpclab.cli.api.ApiTester.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclab.model.ec2.NetworkAcl;
import dev.vpclab.model.ec2.Subnet;
import org.junit.jupiter.api.Test;

class SubnetsTest {
  private final NetFixture net = new NetFixture();
  private final String vpc = net.vpc("10.0.0.0/16");

  private String create(String params) {
    return net.api.error("ec2", "CreateSubnet", "{\"VpcId\": \"%s\", %s}".formatted(vpc, params));
  }

  @Test
  void createShowsTheSubnetAsTheRealCliDoes() {
    var out =
        net.api.ok(
            "ec2",
            "CreateSubnet",
            ("{\"VpcId\": \"%s\", \"CidrBlock\": \"10.0.1.0/24\", \"AvailabilityZone\":"
                    + " \"us-east-2b\", \"TagSpecifications\": [{\"ResourceType\": \"subnet\","
                    + " \"Tags\": [{\"Key\": \"Name\", \"Value\": \"public\"}]}]}")
                .formatted(vpc));
    var subnet = out.get("Subnet");
    String id = at(out, "Subnet.SubnetId");
    // Keys and values of the real create-subnet transcript (aws-facts.md section 10): AWS
    // reserves five addresses of a /24, so 251 are available.
    assertEquals("us-east-2b", at(subnet, "AvailabilityZone"));
    assertEquals("use2-az2", at(subnet, "AvailabilityZoneId"));
    assertEquals("251", at(subnet, "AvailableIpAddressCount"));
    assertEquals("available", at(subnet, "State"));
    assertEquals("false", at(subnet, "MapPublicIpOnLaunch"));
    assertEquals("public", at(subnet, "Tags.0.Value"));
    assertEquals("arn:aws:ec2:us-east-2:123456789012:subnet/" + id, at(subnet, "SubnetArn"));
    assertEquals("ip-name", at(subnet, "PrivateDnsNameOptionsOnLaunch.HostnameType"));
    assertEquals(0, subnet.get("Ipv6CidrBlockAssociationSet").size());
    assertFalse(subnet.has("MapCustomerOwnedIpOnLaunch"));
    // botocore's current Subnet shape starts with AvailabilityZoneId.
    assertEquals("AvailabilityZoneId", subnet.fieldNames().next());
  }

  @Test
  void aNewSubnetUsesTheDefaultNetworkAclOfItsVpc() {
    String id = net.subnet(vpc, "10.0.1.0/24");
    NetworkAcl acl = NetworkAcl.forSubnet(net.api.world(), id).orElseThrow();
    assertTrue(acl.isDefault());
    assertEquals(vpc, acl.vpcId());
  }

  @Test
  void zoneByIdAndByDefaultTheSameInEverySession() {
    var byId =
        net.api.ok(
            "ec2",
            "CreateSubnet",
            "{\"VpcId\": \"%s\", \"CidrBlock\": \"10.0.1.0/24\", \"AvailabilityZoneId\": \"use2-az3\"}"
                .formatted(vpc));
    assertEquals("us-east-2c", at(byId, "Subnet.AvailabilityZone"));
    String first =
        at(
            net.api.ok(
                "ec2",
                "CreateSubnet",
                "{\"VpcId\": \"%s\", \"CidrBlock\": \"10.0.2.0/24\"}".formatted(vpc)),
            "Subnet.AvailabilityZone");
    var again = new NetFixture();
    String otherVpc = again.vpc("10.0.0.0/16");
    again.api.ok(
        "ec2",
        "CreateSubnet",
        "{\"VpcId\": \"%s\", \"CidrBlock\": \"10.0.1.0/24\", \"AvailabilityZoneId\": \"use2-az3\"}"
            .formatted(otherVpc));
    String second =
        at(
            again.api.ok(
                "ec2",
                "CreateSubnet",
                "{\"VpcId\": \"%s\", \"CidrBlock\": \"10.0.2.0/24\"}".formatted(otherVpc)),
            "Subnet.AvailabilityZone");
    assertEquals(first, second);
    assertTrue(first.startsWith("us-east-2"));
  }

  @Test
  void cidrMustBeInsideTheVpcAndBetween16And28() {
    // Real messages (aws-facts.md section 11: pulumi-awsx #111, kops #15841).
    assertEquals(
        "InvalidSubnet.Range: The CIDR '10.10.1.0/24' is invalid.",
        create("\"CidrBlock\": \"10.10.1.0/24\""));
    assertEquals(
        "InvalidSubnet.Range: The CIDR '10.0.0.0/29' is invalid.",
        create("\"CidrBlock\": \"10.0.0.0/29\""));
    assertEquals(
        "InvalidParameterValue: Value (10.0.1.0/33) for parameter cidrBlock is invalid. This is"
            + " not a valid CIDR block.",
        create("\"CidrBlock\": \"10.0.1.0/33\""));
  }

  @Test
  void subnetsOfAVpcMustNotOverlap() {
    net.subnet(vpc, "10.0.1.0/24");
    // Real message, no trailing period (aws-facts.md section 11: terraform #33470).
    assertEquals(
        "InvalidSubnet.Conflict: The CIDR '10.0.1.128/25' conflicts with another subnet",
        create("\"CidrBlock\": \"10.0.1.128/25\""));
  }

  @Test
  void zoneMustBeOneOfTheRegion() {
    // Real messages (terraform and CloudFormation logs with request IDs).
    assertEquals(
        "InvalidParameterValue: Value (us-east-1a) for parameter availabilityZone is invalid."
            + " Subnets can currently only be created in the following availability zones:"
            + " us-east-2a, us-east-2b, us-east-2c.",
        create("\"CidrBlock\": \"10.0.1.0/24\", \"AvailabilityZone\": \"us-east-1a\""));
    assertEquals(
        "InvalidParameterValue: Value (use2-az9) for parameter availabilityZoneId is invalid."
            + " Subnets can currently only be created in the following availability zones:"
            + " use2-az1, use2-az2, use2-az3.",
        create("\"CidrBlock\": \"10.0.1.0/24\", \"AvailabilityZoneId\": \"use2-az9\""));
  }

  @Test
  void unknownVpc() {
    // Real message (aws-facts.md section 11).
    assertEquals(
        "InvalidVpcID.NotFound: The vpc ID 'vpc-0123456789abcdef0' does not exist",
        net.api.error(
            "ec2",
            "CreateSubnet",
            "{\"VpcId\": \"vpc-0123456789abcdef0\", \"CidrBlock\": \"10.0.1.0/24\"}"));
    // CreateSubnet does not check the ID's shape (real error quoted in ACK's ec2-controller tests).
    assertEquals(
        "InvalidVpcID.NotFound: The vpc ID 'InvalidVpcId' does not exist",
        net.api.error(
            "ec2",
            "CreateSubnet",
            "{\"VpcId\": \"InvalidVpcId\", \"CidrBlock\": \"10.0.1.0/24\"}"));
  }

  @Test
  void describeFilters() {
    String a = net.subnet(vpc, "10.0.1.0/24");
    net.subnet(vpc, "10.0.2.0/24");
    var byCidr =
        net.api.ok(
            "ec2",
            "DescribeSubnets",
            "{\"Filters\": [{\"Name\": \"cidr-block\", \"Values\": [\"10.0.1.0/24\"]}]}");
    assertEquals(1, byCidr.get("Subnets").size());
    assertEquals(a, at(byCidr, "Subnets.0.SubnetId"));
    var ofVpc =
        net.api.ok(
            "ec2",
            "DescribeSubnets",
            "{\"Filters\": [{\"Name\": \"vpc-id\", \"Values\": [\"%s\"]}]}".formatted(vpc));
    assertEquals(2, ofVpc.get("Subnets").size());
    // describe-subnets shows MapCustomerOwnedIpOnLaunch (CLI-EX) and no Tags key when untagged.
    assertEquals("false", at(ofVpc, "Subnets.0.MapCustomerOwnedIpOnLaunch"));
    assertFalse(ofVpc.get("Subnets").get(0).has("Tags"));
    var defaults =
        net.api.ok(
            "ec2",
            "DescribeSubnets",
            "{\"Filters\": [{\"Name\": \"default-for-az\", \"Values\": [\"true\"]}]}");
    // The default VPC has one /20 per zone of us-east-2, with 4091 free addresses.
    assertEquals(3, defaults.get("Subnets").size());
    assertEquals("4091", at(defaults, "Subnets.0.AvailableIpAddressCount"));
  }

  @Test
  void availableAddressesCountWhatIsUsed() {
    String id = net.subnet(vpc, "10.0.1.0/28");
    net.instance(id, false);
    var out = net.api.ok("ec2", "DescribeSubnets", "{\"SubnetIds\": [\"%s\"]}".formatted(id));
    // 16 addresses, 5 reserved by AWS, 1 used.
    assertEquals("10", at(out, "Subnets.0.AvailableIpAddressCount"));
  }

  @Test
  void deleteRefusedWhileAnInstanceOrANatGatewayIsInIt() {
    String withInstance = net.subnet(vpc, "10.0.1.0/24");
    String instance = net.instance(withInstance, false).id();
    // Real message (aws-facts.md section 11).
    assertEquals(
        "DependencyViolation: The subnet '"
            + withInstance
            + "' has dependencies and cannot be deleted.",
        net.api.error("ec2", "DeleteSubnet", "{\"SubnetId\": \"%s\"}".formatted(withInstance)));
    net.instanceState(instance, dev.vpclab.model.ec2.Instance.State.TERMINATED);
    net.api.ok("ec2", "DeleteSubnet", "{\"SubnetId\": \"%s\"}".formatted(withInstance));

    String withNat = net.subnet(vpc, "10.0.2.0/24");
    net.attachedIgw(vpc);
    String nat = net.natGateway(withNat, net.eip());
    assertEquals(
        "DependencyViolation: The subnet '" + withNat + "' has dependencies and cannot be deleted.",
        net.api.error("ec2", "DeleteSubnet", "{\"SubnetId\": \"%s\"}".formatted(withNat)));
    net.api.ok("ec2", "DeleteNatGateway", "{\"NatGatewayId\": \"%s\"}".formatted(nat));
    net.api.ok("ec2", "DeleteSubnet", "{\"SubnetId\": \"%s\"}".formatted(withNat));
  }

  @Test
  void deleteTakesTheAssociationsAlong() {
    String id = net.subnet(vpc, "10.0.1.0/24");
    String table = net.routeTable(vpc);
    net.api.ok(
        "ec2",
        "AssociateRouteTable",
        "{\"RouteTableId\": \"%s\", \"SubnetId\": \"%s\"}".formatted(table, id));
    net.api.ok("ec2", "DeleteSubnet", "{\"SubnetId\": \"%s\"}".formatted(id));
    assertTrue(NetworkAcl.forSubnet(net.api.world(), id).isEmpty());
    // The table has no association left, so it can be deleted.
    net.api.ok("ec2", "DeleteRouteTable", "{\"RouteTableId\": \"%s\"}".formatted(table));
    assertEquals(
        "InvalidSubnetID.NotFound: The subnet ID '" + id + "' does not exist",
        net.api.error("ec2", "DescribeSubnets", "{\"SubnetIds\": [\"%s\"]}".formatted(id)));
  }

  @Test
  void mapPublicIpOnLaunch() {
    String id = net.subnet(vpc, "10.0.1.0/24");
    net.api.ok(
        "ec2",
        "ModifySubnetAttribute",
        "{\"SubnetId\": \"%s\", \"MapPublicIpOnLaunch\": {\"Value\": true}}".formatted(id));
    assertTrue(net.api.world().find(Subnet.class, id).orElseThrow().mapPublicIpOnLaunch());
    // vpclab's own refusal for attributes it does not model.
    assertEquals(
        "UnsupportedOperation: vpclab simulates only the MapPublicIpOnLaunch attribute of a"
            + " subnet.",
        net.api.error(
            "ec2",
            "ModifySubnetAttribute",
            "{\"SubnetId\": \"%s\", \"EnableDns64\": {\"Value\": true}}".formatted(id)));
    assertEquals(
        "InvalidParameterCombination: No attributes specified.",
        net.api.error("ec2", "ModifySubnetAttribute", "{\"SubnetId\": \"%s\"}".formatted(id)));
  }

  @Test
  void cidrIsRequired() {
    // EC2's MissingParameter pattern (not seen verbatim for create-subnet).
    assertEquals(
        "MissingParameter: The request must contain the parameter cidrBlock",
        create("\"AvailabilityZone\": \"us-east-2a\""));
  }

  @Test
  void deleteRefusedWhileAnInterfaceEndpointHasAnEniInIt() {
    String id = net.subnet(vpc, "10.0.1.0/24");
    net.api.change(
        tx ->
            tx.put(
                new dev.vpclab.model.ec2.VpcEndpoint(
                    dev.vpclab.model.Ids.ec2(tx, "vpce"),
                    "us-east-2",
                    vpc,
                    "com.amazonaws.us-east-2.sqs",
                    dev.vpclab.model.ec2.VpcEndpoint.Type.INTERFACE,
                    "{}",
                    java.util.List.of(),
                    java.util.List.of(id),
                    java.util.List.of(),
                    true,
                    "available",
                    tx.now())));
    assertEquals(
        "DependencyViolation: The subnet '" + id + "' has dependencies and cannot be deleted.",
        net.api.error("ec2", "DeleteSubnet", "{\"SubnetId\": \"%s\"}".formatted(id)));
  }
}
