package dev.vpclab.cli.ec2;

import static dev.vpclab.cli.api.ApiTester.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclab.cli.api.ApiTester;
import org.junit.jupiter.api.Test;

class VpcsTest {
  private final ApiTester api = new ApiTester();

  @Test
  void createVpcCanonicalisesTheCidrAndStartsPending() {
    var out = api.ok("ec2", "CreateVpc", "{\"CidrBlock\": \"10.0.0.18/16\"}");
    assertEquals("10.0.0.0/16", at(out, "Vpc.CidrBlock"));
    assertEquals("pending", at(out, "Vpc.State"));
    assertTrue(at(out, "Vpc.VpcId").matches("vpc-0[0-9a-f]{16}"));
    // Key order of botocore's current Vpc shape (what CLI v2 prints first).
    assertEquals("OwnerId", out.get("Vpc").fieldNames().next());
  }

  @Test
  void idsAreTheSameInEveryFreshSession() {
    String first = at(api.ok("ec2", "CreateVpc", "{\"CidrBlock\": \"10.0.0.0/16\"}"), "Vpc.VpcId");
    String again =
        at(new ApiTester().ok("ec2", "CreateVpc", "{\"CidrBlock\": \"10.0.0.0/16\"}"), "Vpc.VpcId");
    assertEquals(first, again);
  }

  @Test
  void vpcSizeMustBeBetween16And28() {
    // Messages of real create-vpc: the range (aws-facts.md section 11, grycap/im #1011), the
    // malformed CIDR (real create-vpc and create-route errors, quoted in Cidrs).
    assertEquals(
        "InvalidVpc.Range: The CIDR '10.0.0.0/8' is invalid.",
        api.error("ec2", "CreateVpc", "{\"CidrBlock\": \"10.0.0.0/8\"}"));
    assertEquals(
        "InvalidParameterValue: Value (10.0.0.0/33) for parameter cidrBlock is invalid. This is"
            + " not a valid CIDR block.",
        api.error("ec2", "CreateVpc", "{\"CidrBlock\": \"10.0.0.0/33\"}"));
  }

  @Test
  void describeFiltersByTagAndDefault() {
    api.ok(
        "ec2",
        "CreateVpc",
        "{\"CidrBlock\": \"10.0.0.0/16\", \"TagSpecifications\": [{\"ResourceType\": \"vpc\","
            + " \"Tags\": [{\"Key\": \"Name\", \"Value\": \"MyVPC\"}]}]}");
    var named =
        api.ok(
            "ec2",
            "DescribeVpcs",
            "{\"Filters\": [{\"Name\": \"tag:Name\", \"Values\": [\"My*\"]}]}");
    assertEquals(1, named.get("Vpcs").size());
    assertEquals("MyVPC", at(named, "Vpcs.0.Tags.0.Value"));
    var defaults =
        api.ok(
            "ec2",
            "DescribeVpcs",
            "{\"Filters\": [{\"Name\": \"is-default\", \"Values\": [\"true\"]}]}");
    assertEquals("172.31.0.0/16", at(defaults, "Vpcs.0.CidrBlock"));
  }

  @Test
  void unknownAndMalformedIds() {
    // NotFound: real (aws-facts.md section 11, hashicorp/terraform-aws-consul #29). Malformed:
    // Ec2Kind's pattern, real wording as quoted in aws-controllers-k8s/ec2-controller's e2e tests.
    assertEquals(
        "InvalidVpcID.NotFound: The vpc ID 'vpc-0123456789abcdef0' does not exist",
        api.error("ec2", "DeleteVpc", "{\"VpcId\": \"vpc-0123456789abcdef0\"}"));
    assertEquals(
        "InvalidVpcID.Malformed: Invalid id: \"vpc-1\" (expecting \"vpc-...\")",
        api.error("ec2", "DescribeVpcs", "{\"VpcIds\": [\"vpc-1\"]}"));
  }

  @Test
  void deleteRemovesTheVpcWithItsDefaults() {
    String id = at(api.ok("ec2", "CreateVpc", "{\"CidrBlock\": \"10.0.0.0/16\"}"), "Vpc.VpcId");
    api.ok("ec2", "DeleteVpc", "{\"VpcId\": \"" + id + "\"}");
    assertEquals(
        "InvalidVpcID.NotFound: The vpc ID '" + id + "' does not exist",
        api.error("ec2", "DescribeVpcs", "{\"VpcIds\": [\"" + id + "\"]}"));
  }

  @Test
  void modifyVpcAttributeTakesExactlyOneAttribute() {
    String id = at(api.ok("ec2", "CreateVpc", "{\"CidrBlock\": \"10.0.0.0/16\"}"), "Vpc.VpcId");
    // Wording as EC2 emulators that copy AWS give it (fog, OpenStack ec2-api), as in Vpcs.
    assertEquals(
        "InvalidParameterCombination: No attributes specified.",
        api.error("ec2", "ModifyVpcAttribute", "{\"VpcId\": \"" + id + "\"}"));
    assertEquals(
        "InvalidParameterCombination: Fields for multiple attribute types specified:"
            + " enableDnsSupport, enableDnsHostnames",
        api.error(
            "ec2",
            "ModifyVpcAttribute",
            "{\"VpcId\": \""
                + id
                + "\", \"EnableDnsSupport\": {\"Value\": true},"
                + " \"EnableDnsHostnames\": {\"Value\": true}}"));
  }
}
