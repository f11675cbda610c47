package dev.vpclab.cli.ec2;

import static dev.vpclab.cli.api.ApiTester.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclab.cli.api.ApiResult;
import org.junit.jupiter.api.Test;

class InstanceLaunchTest {
  private final Ec2Fixture lab = new Ec2Fixture();

  @Test
  void launchAnswersPendingAndIsRunningFromTheNextCommandOn() {
    var out =
        lab.api.ok(
            "ec2",
            "RunInstances",
            "{\"ImageId\": \""
                + Ec2Fixture.image(Ec2Fixture.AL2023_PARAMETER)
                + "\","
                + " \"InstanceType\": \"t2.micro\", \"MinCount\": 1, \"MaxCount\": 1}");
    assertTrue(at(out, "ReservationId").matches("r-0[0-9a-f]{16}"));
    assertEquals("123456789012", at(out, "OwnerId"));
    var launched = out.get("Instances").get(0);
    // CLI example of run-instances: pending, with its StateReason, no public IP yet.
    assertEquals("{\"Code\":0,\"Name\":\"pending\"}", launched.get("State").toString());
    assertEquals("pending", at(launched, "StateReason.Code"));
    assertEquals("pending", at(launched, "MetadataOptions.State"));
    assertFalse(launched.has("PublicIpAddress"));
    assertEquals("", at(launched, "PublicDnsName"));
    String id = at(launched, "InstanceId");
    assertTrue(id.matches("i-0[0-9a-f]{16}"));
    var now = lab.describe(id);
    assertEquals("running", at(now, "State.Name"));
    assertFalse(now.has("StateReason"));
    // The default VPC's subnet in the first zone, which maps public IPs and has DNS hostnames.
    assertEquals("us-east-2a", at(now, "Placement.AvailabilityZone"));
    String publicIp = at(now, "PublicIpAddress");
    assertEquals(
        "ec2-" + publicIp.replace('.', '-') + ".us-east-2.compute.amazonaws.com",
        at(now, "PublicDnsName"));
    String privateIp = at(now, "PrivateIpAddress");
    assertTrue(privateIp.startsWith("172.31."));
    assertEquals(
        "ip-" + privateIp.replace('.', '-') + ".us-east-2.compute.internal",
        at(now, "PrivateDnsName"));
    assertEquals(publicIp, at(now, "NetworkInterfaces.0.Association.PublicIp"));
    assertEquals("amazon", at(now, "NetworkInterfaces.0.Association.IpOwnerId"));
    assertEquals("default", at(now, "SecurityGroups.0.GroupName"));
    // Amazon Linux 2023 requires IMDSv2 with a hop limit of 2.
    assertEquals("required", at(now, "MetadataOptions.HttpTokens"));
    assertEquals("2", at(now, "MetadataOptions.HttpPutResponseHopLimit"));
    assertEquals("applied", at(now, "MetadataOptions.State"));
    assertEquals("2026-01-12T09:00:01+00:00", at(now, "BlockDeviceMappings.0.Ebs.AttachTime"));
  }

  @Test
  void instanceIdsAndAddressesAreTheSameInEveryFreshSession() {
    String first = lab.run("");
    var again = new Ec2Fixture();
    assertEquals(first, again.run(""));
    assertEquals(
        at(lab.describe(first), "PrivateIpAddress"), at(again.describe(first), "PrivateIpAddress"));
  }

  @Test
  void aPrivateSubnetGivesNoPublicIpUnlessTheInterfaceAsks() {
    String quiet = lab.run("\"SubnetId\": \"" + lab.privateSubnet + "\"");
    var described = lab.describe(quiet);
    assertFalse(described.has("PublicIpAddress"));
    assertTrue(at(described, "PrivateIpAddress").startsWith("10.0.2."));
    String asked =
        lab.run(
            "\"NetworkInterfaces\": [{\"DeviceIndex\": 0, \"SubnetId\": \""
                + lab.privateSubnet
                + "\", \"AssociatePublicIpAddress\": true}]");
    var withIp = lab.describe(asked);
    assertTrue(withIp.has("PublicIpAddress"));
    // A VPC created by create-vpc has DNS hostnames off: no public DNS name.
    assertEquals("", at(withIp, "PublicDnsName"));
  }

  @Test
  void amazonLinux2ViaSsmParameterAllowsImdsV1() {
    String id =
        at(
            lab.api.ok(
                "ec2",
                "RunInstances",
                "{\"ImageId\": \"resolve:ssm:"
                    + Ec2Fixture.AL2_PARAMETER
                    + "\", \"MinCount\": 1,"
                    + " \"MaxCount\": 1}"),
            "Instances.0.InstanceId");
    var described = lab.describe(id);
    assertEquals(Ec2Fixture.image(Ec2Fixture.AL2_PARAMETER), at(described, "ImageId"));
    assertEquals("optional", at(described, "MetadataOptions.HttpTokens"));
    assertEquals("1", at(described, "MetadataOptions.HttpPutResponseHopLimit"));
    // Without --instance-type EC2 launches an m1.small.
    assertEquals("m1.small", at(described, "InstanceType"));
  }

  @Test
  void usEast1UsesItsOwnDnsSuffixes() {
    lab.api.inRegion("us-east-1");
    var now = lab.describe(lab.runIn("us-east-1"));
    assertTrue(at(now, "PrivateDnsName").endsWith(".ec2.internal"));
    assertTrue(at(now, "PublicDnsName").endsWith(".compute-1.amazonaws.com"));
  }

  @Test
  void severalInstancesShareOneReservation() {
    var out =
        lab.api.ok(
            "ec2",
            "RunInstances",
            "{\"ImageId\": \""
                + Ec2Fixture.image(Ec2Fixture.AL2023_PARAMETER)
                + "\","
                + " \"MinCount\": 2, \"MaxCount\": 2}");
    assertEquals(2, out.get("Instances").size());
    assertEquals("1", at(out, "Instances.1.AmiLaunchIndex"));
    var reservations = lab.api.ok("ec2", "DescribeInstances", "{}").get("Reservations");
    assertEquals(1, reservations.size());
    assertEquals(2, reservations.get(0).get("Instances").size());
    // vpclab's wording for an impossible count (the real message was not found).
    assertEquals(
        "InvalidParameterValue: Value (3) for parameter minCount is invalid. It must be at least 1"
            + " and at most maxCount (2)",
        lab.api.error(
            "ec2",
            "RunInstances",
            "{\"ImageId\": \""
                + Ec2Fixture.image(Ec2Fixture.AL2023_PARAMETER)
                + "\","
                + " \"MinCount\": 3, \"MaxCount\": 2}"));
    // Real message for --count 0 (jenkinsci/ec2-plugin #252).
    assertEquals(
        "InvalidParameterValue: Maximum instance count must be greater than zero",
        lab.api.error(
            "ec2",
            "RunInstances",
            "{\"ImageId\": \""
                + Ec2Fixture.image(Ec2Fixture.AL2023_PARAMETER)
                + "\","
                + " \"MinCount\": 0, \"MaxCount\": 0}"));
  }

  @Test
  void securityGroupsMustBeInTheSubnetsVpc() {
    String web = lab.group("web");
    String id =
        lab.run(
            "\"SubnetId\": \"" + lab.publicSubnet + "\", \"SecurityGroupIds\": [\"" + web + "\"]");
    assertEquals("web", at(lab.describe(id), "SecurityGroups.0.GroupName"));
    // Real message (terraform transcripts).
    assertEquals(
        "InvalidParameter: Security group "
            + web
            + " and subnet "
            + defaultSubnet()
            + " belong to different networks.",
        runError("\"SecurityGroupIds\": [\"" + web + "\"]"));
    // Real message (terraform transcripts with security_groups and subnet_id).
    assertEquals(
        "InvalidParameterCombination: The parameter groupName cannot be used with the parameter"
            + " subnet",
        runError("\"SubnetId\": \"" + lab.publicSubnet + "\", \"SecurityGroups\": [\"default\"]"));
    assertTrue(
        runError("\"SecurityGroups\": [\"web\"]")
            .startsWith(
                "InvalidGroup.NotFound: The security group 'web' does not exist in default VPC"));
    assertEquals(
        "InvalidParameterCombination: Network interfaces and an instance-level subnet ID may not"
            + " be specified on the same request",
        runError(
            "\"SubnetId\": \""
                + lab.publicSubnet
                + "\", \"NetworkInterfaces\": [{\"DeviceIndex\": 0,"
                + " \"AssociatePublicIpAddress\": true}]"));
  }

  @Test
  void keyPairAndImageMustExist() {
    // Real messages (terraform transcripts; aws-facts.md section 11).
    assertEquals(
        "InvalidKeyPair.NotFound: The key pair 'MyNewKP' does not exist",
        runError("\"KeyName\": \"MyNewKP\""));
    assertEquals(
        "InvalidAMIID.NotFound: The image id '[ami-0123456789abcdef0]' does not exist",
        lab.api.error(
            "ec2",
            "RunInstances",
            "{\"ImageId\": \"ami-0123456789abcdef0\", \"MinCount\": 1, \"MaxCount\": 1}"));
    // vpclab's wording for an unknown SSM parameter (no real transcript found).
    assertEquals(
        "InvalidParameterValue: Invalid value 'resolve:ssm:/nope' for ImageId. The SSM parameter"
            + " /nope does not exist",
        lab.api.error(
            "ec2",
            "RunInstances",
            "{\"ImageId\": \"resolve:ssm:/nope\", \"MinCount\": 1, \"MaxCount\": 1}"));
    lab.api.ok("ec2", "CreateKeyPair", "{\"KeyName\": \"MyNewKP\"}");
    assertEquals("MyNewKP", at(lab.describe(lab.run("\"KeyName\": \"MyNewKP\"")), "KeyName"));
  }

  @Test
  void instanceTypesComeFromTheModel() {
    // Real message (quoted in getmoto/moto #1695).
    assertEquals(
        "InvalidParameterValue: Invalid value 't2.nano.huge' for InstanceType.",
        runError("\"InstanceType\": \"t2.nano.huge\""));
    // Real message (terraform-aws-modules/terraform-aws-ec2-instance #260).
    assertEquals(
        "MissingParameter: The request must contain the parameter ImageId",
        lab.api.error("ec2", "RunInstances", "{\"MinCount\": 1, \"MaxCount\": 1}"));
  }

  @Test
  void privateAddressesAreChecked() {
    String id =
        lab.run(
            "\"SubnetId\": \"" + lab.privateSubnet + "\", \"PrivateIpAddress\": \"10.0.2.235\"");
    assertEquals("10.0.2.235", at(lab.describe(id), "PrivateIpAddress"));
    // Real message (SDK transcript).
    assertEquals(
        "InvalidParameterValue: Address 10.0.1.9 does not fall within the subnet's address range",
        runError(
            "\"SubnetId\": \"" + lab.privateSubnet + "\", \"PrivateIpAddress\": \"10.0.1.9\""));
    // vpclab's wording (real code, message not seen).
    assertEquals(
        "InvalidIPAddress.InUse: Address 10.0.2.235 is in use.",
        runError(
            "\"SubnetId\": \"" + lab.privateSubnet + "\", \"PrivateIpAddress\": \"10.0.2.235\""));
    assertEquals(
        "InvalidParameterValue: Address 10.0.2.1 is in subnet's reserved address range",
        runError(
            "\"SubnetId\": \"" + lab.privateSubnet + "\", \"PrivateIpAddress\": \"10.0.2.1\""));
  }

  @Test
  void instanceProfilesByNameOrArn() {
    var profile = lab.profile("S3AdminAccess", "S3AdminAccess");
    String arn = "arn:aws:iam::123456789012:instance-profile/S3AdminAccess";
    String id = lab.run("\"IamInstanceProfile\": {\"Name\": \"S3AdminAccess\"}");
    var described = lab.describe(id);
    assertEquals(arn, at(described, "IamInstanceProfile.Arn"));
    assertEquals(profile.id(), at(described, "IamInstanceProfile.Id"));
    var associations =
        lab.api
            .ok("ec2", "DescribeIamInstanceProfileAssociations", "{}")
            .get("IamInstanceProfileAssociations");
    assertEquals("associated", at(associations, "0.State"));
    lab.run("\"IamInstanceProfile\": {\"Arn\": \"" + arn + "\"}");
    // Real messages (aws-facts.md section 8; SDK transcripts of the ARN form).
    assertEquals(
        "InvalidParameterValue: Value (testProfile) for parameter iamInstanceProfile.name is"
            + " invalid. Invalid IAM Instance Profile name",
        runError("\"IamInstanceProfile\": {\"Name\": \"testProfile\"}"));
    assertEquals(
        "InvalidParameterValue: Value (arn:aws:iam::123456789012:instance-profile/nope) for"
            + " parameter iamInstanceProfile.arn is invalid. Invalid IAM Instance Profile ARN",
        runError(
            "\"IamInstanceProfile\": {\"Arn\":"
                + " \"arn:aws:iam::123456789012:instance-profile/nope\"}"));
  }

  @Test
  void aProfileWithoutRoleIsAcceptedWithAdvice() {
    lab.profile("empty");
    var result =
        lab.api.call(
            "ec2",
            "RunInstances",
            "{\"ImageId\": \""
                + Ec2Fixture.image(Ec2Fixture.AL2023_PARAMETER)
                + "\","
                + " \"MinCount\": 1, \"MaxCount\": 1, \"IamInstanceProfile\": {\"Name\":"
                + " \"empty\"}}");
    var advice = ((ApiResult.Success) result).advice();
    assertEquals(1, advice.size());
    assertTrue(advice.get(0).contains("holds no role"));
  }

  @Test
  void withoutDefaultVpcASubnetIsNeeded() {
    var empty =
        new dev.vpclab.cli.api.ApiTester(
            dev.vpclab.model.World.empty(dev.vpclab.model.FreshAccount.SESSION_START));
    // Real message (terraform transcripts of accounts without a default VPC).
    assertEquals(
        "VPCIdNotSpecified: No default VPC for this user. GroupName is only supported for"
            + " EC2-Classic and default VPC.",
        empty.error(
            "ec2",
            "RunInstances",
            "{\"ImageId\": \""
                + Ec2Fixture.image(Ec2Fixture.AL2023_PARAMETER)
                + "\","
                + " \"MinCount\": 1, \"MaxCount\": 1}"));
  }

  @Test
  void interfaceAndInstanceLevelGroupsExcludeEachOther() {
    // Real InvalidParameterCombination wording of RunInstances.
    assertEquals(
        "InvalidParameterCombination: Network interfaces and an instance-level security groups"
            + " may not be specified on the same request",
        runError(
            "\"SecurityGroupIds\": [\"sg-0123456789abcdef0\"], \"NetworkInterfaces\":"
                + " [{\"DeviceIndex\": 0, \"AssociatePublicIpAddress\": true}]"));
    // vpclab's wording for an address that is not one.
    assertEquals(
        "InvalidParameterValue: Value (10.0.2) for parameter privateIpAddress is invalid.",
        runError("\"SubnetId\": \"" + lab.privateSubnet + "\", \"PrivateIpAddress\": \"10.0.2\""));
  }

  private String runError(String extraJson) {
    return lab.api.error(
        "ec2",
        "RunInstances",
        "{\"ImageId\": \""
            + Ec2Fixture.image(Ec2Fixture.AL2023_PARAMETER)
            + "\", \"MinCount\": 1,"
            + " \"MaxCount\": 1, "
            + extraJson
            + "}");
  }

  private String defaultSubnet() {
    return at(
        lab.api.ok("ec2", "DescribeInstances", "{\"InstanceIds\": [\"" + lab.run("") + "\"]}"),
        "Reservations.0.Instances.0.SubnetId");
  }
}
