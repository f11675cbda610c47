package dev.vpclab.cli.ec2;

import static dev.vpclab.cli.api.ApiTester.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclab.cli.api.ApiTester;
import dev.vpclab.model.FreshAccount;
import dev.vpclab.model.World;
import org.junit.jupiter.api.Test;

class SecurityGroupsTest {
  private final ApiTester api = new ApiTester();
  private final String vpc =
      at(api.ok("ec2", "CreateVpc", "{\"CidrBlock\": \"10.0.0.0/16\"}"), "Vpc.VpcId");

  private String createGroup(String name) {
    return at(
        api.ok(
            "ec2",
            "CreateSecurityGroup",
            "{\"GroupName\": \""
                + name
                + "\", \"Description\": \"d\", \"VpcId\": \""
                + vpc
                + "\"}"),
        "GroupId");
  }

  @Test
  void createReturnsTheIdAndArnAndTheGroupStartsWithOneOutboundRule() {
    var out =
        api.ok(
            "ec2",
            "CreateSecurityGroup",
            "{\"GroupName\": \"web\", \"Description\": \"Web\", \"VpcId\": \"" + vpc + "\"}");
    String id = at(out, "GroupId");
    assertTrue(id.matches("sg-0[0-9a-f]{16}"));
    assertEquals(
        "arn:aws:ec2:us-east-2:123456789012:security-group/" + id, at(out, "SecurityGroupArn"));
    var described =
        api.ok("ec2", "DescribeSecurityGroups", "{\"GroupIds\": [\"" + id + "\"]}")
            .get("SecurityGroups")
            .get(0);
    assertEquals(0, described.get("IpPermissions").size());
    // All four peer lists are present, as in the CLI example of describe-security-groups.
    assertEquals(
        "{\"IpProtocol\":\"-1\",\"UserIdGroupPairs\":[],\"IpRanges\":[{\"CidrIp\":\"0.0.0.0/0\"}],"
            + "\"Ipv6Ranges\":[],\"PrefixListIds\":[]}",
        described.get("IpPermissionsEgress").get(0).toString());
  }

  @Test
  void createWithoutVpcUsesTheDefaultVpc() {
    String id =
        at(
            api.ok("ec2", "CreateSecurityGroup", "{\"GroupName\": \"x\", \"Description\": \"d\"}"),
            "GroupId");
    var groups =
        api.ok(
            "ec2",
            "DescribeSecurityGroups",
            "{\"Filters\": [{\"Name\": \"group-id\", \"Values\": [\"" + id + "\"]}]}");
    var defaultVpc =
        api.ok(
            "ec2",
            "DescribeVpcs",
            "{\"Filters\": [{\"Name\": \"is-default\", \"Values\": [\"true\"]}]}");
    assertEquals(at(defaultVpc, "Vpcs.0.VpcId"), at(groups, "SecurityGroups.0.VpcId"));
  }

  @Test
  void namesAreUniquePerVpcAndDefaultIsReserved() {
    createGroup("web");
    // Real message (hashicorp/terraform #15428, dask-cloudprovider #198).
    assertEquals(
        "InvalidGroup.Duplicate: The security group 'web' already exists for VPC '" + vpc + "'",
        api.error(
            "ec2",
            "CreateSecurityGroup",
            "{\"GroupName\": \"web\", \"Description\": \"d\", \"VpcId\": \"" + vpc + "\"}"));
    // Real refusal quoted by cfn-lint and OpenStack's EC2 API.
    assertEquals(
        "InvalidParameterValue: Cannot use reserved security group name: default",
        api.error(
            "ec2",
            "CreateSecurityGroup",
            "{\"GroupName\": \"default\", \"Description\": \"d\", \"VpcId\": \"" + vpc + "\"}"));
    // Real refusal (pulumi/pulumi-awsx #477).
    assertEquals(
        "InvalidParameterValue: Value (sg-web) for parameter GroupName is invalid. Group names"
            + " may not be in the format sg-*.",
        api.error(
            "ec2",
            "CreateSecurityGroup",
            "{\"GroupName\": \"sg-web\", \"Description\": \"d\", \"VpcId\": \"" + vpc + "\"}"));
    // Real message (terraform transcripts with non-ASCII descriptions).
    assertEquals(
        "InvalidParameterValue: Value (Web — HTTP) for parameter GroupDescription is invalid."
            + " Character sets beyond ASCII are not supported.",
        api.error(
            "ec2",
            "CreateSecurityGroup",
            "{\"GroupName\": \"w\", \"Description\": \"Web — HTTP\", \"VpcId\": \"" + vpc + "\"}"));
    assertEquals(
        "InvalidVpcID.NotFound: The vpc ID 'vpc-0123456789abcdef0' does not exist",
        api.error(
            "ec2",
            "CreateSecurityGroup",
            "{\"GroupName\": \"w\", \"Description\": \"d\", \"VpcId\": \"vpc-0123456789abcdef0\"}"));
    assertEquals(
        "MissingParameter: The request must contain the parameter groupDescription",
        api.error("ec2", "CreateSecurityGroup", "{\"GroupName\": \"w\"}"));
  }

  @Test
  void createWithoutDefaultVpcIsRefused() {
    var noDefaultVpc = new ApiTester(World.empty(FreshAccount.SESSION_START));
    // Real CLI output (talos tutorial transcript).
    assertEquals(
        "VPCIdNotSpecified: No default VPC for this user",
        noDefaultVpc.error(
            "ec2", "CreateSecurityGroup", "{\"GroupName\": \"x\", \"Description\": \"d\"}"));
  }

  @Test
  void describeByNameWorksOnlyInTheDefaultVpc() {
    createGroup("web");
    String defaultVpc =
        at(
            api.ok(
                "ec2",
                "DescribeVpcs",
                "{\"Filters\": [{\"Name\": \"is-default\", \"Values\": [\"true\"]}]}"),
            "Vpcs.0.VpcId");
    // Real message (CloudFormation transcript quoting EC2).
    assertEquals(
        "InvalidGroup.NotFound: The security group 'web' does not exist in default VPC '"
            + defaultVpc
            + "'",
        api.error("ec2", "DescribeSecurityGroups", "{\"GroupNames\": [\"web\"]}"));
    var found = api.ok("ec2", "DescribeSecurityGroups", "{\"GroupNames\": [\"default\"]}");
    assertEquals(defaultVpc, at(found, "SecurityGroups.0.VpcId"));
  }

  @Test
  void describeUnknownAndMalformedIds() {
    assertEquals(
        "InvalidGroup.NotFound: The security group 'sg-0123456789abcdef0' does not exist",
        api.error("ec2", "DescribeSecurityGroups", "{\"GroupIds\": [\"sg-0123456789abcdef0\"]}"));
    // Real code and message (crossplane and terraform transcripts).
    assertEquals(
        "InvalidGroupId.Malformed: Invalid id: \"web\" (expecting \"sg-...\")",
        api.error("ec2", "DescribeSecurityGroups", "{\"GroupIds\": [\"web\"]}"));
  }

  @Test
  void describeFiltersOnRules() {
    String web = createGroup("web");
    createGroup("db");
    api.ok(
        "ec2",
        "AuthorizeSecurityGroupIngress",
        "{\"GroupId\": \""
            + web
            + "\", \"IpPermissions\": [{\"IpProtocol\": \"tcp\", \"FromPort\": 22, \"ToPort\": 22,"
            + " \"IpRanges\": [{\"CidrIp\": \"0.0.0.0/0\"}]}]}");
    var out =
        api.ok(
            "ec2",
            "DescribeSecurityGroups",
            "{\"Filters\": [{\"Name\": \"ip-permission.from-port\", \"Values\": [\"22\"]},"
                + " {\"Name\": \"ip-permission.cidr\", \"Values\": [\"0.0.0.0/0\"]}]}");
    assertEquals(1, out.get("SecurityGroups").size());
    assertEquals("web", at(out, "SecurityGroups.0.GroupName"));
    var byVpc =
        api.ok(
            "ec2",
            "DescribeSecurityGroups",
            "{\"Filters\": [{\"Name\": \"vpc-id\", \"Values\": [\"" + vpc + "\"]}]}");
    assertEquals(3, byVpc.get("SecurityGroups").size());
  }

  @Test
  void deleteRemovesTheGroup() {
    String id = createGroup("web");
    var out = api.ok("ec2", "DeleteSecurityGroup", "{\"GroupId\": \"" + id + "\"}");
    assertEquals("true", at(out, "Return"));
    assertEquals(
        "InvalidGroup.NotFound: The security group '" + id + "' does not exist",
        api.error("ec2", "DeleteSecurityGroup", "{\"GroupId\": \"" + id + "\"}"));
  }

  @Test
  void theDefaultGroupCannotBeDeleted() {
    String id =
        at(
            api.ok(
                "ec2",
                "DescribeSecurityGroups",
                "{\"Filters\": [{\"Name\": \"vpc-id\", \"Values\": [\""
                    + vpc
                    + "\"]}, {\"Name\": \"group-name\", \"Values\": [\"default\"]}]}"),
            "SecurityGroups.0.GroupId");
    // Real wording, matched by cleanup scripts against EC2's answer.
    assertEquals(
        "CannotDelete: the specified group: \""
            + id
            + "\" name: \"default\" cannot be deleted by"
            + " a user",
        api.error("ec2", "DeleteSecurityGroup", "{\"GroupId\": \"" + id + "\"}"));
  }

  @Test
  void aGroupReferencedByAnotherGroupsRuleCannotBeDeleted() {
    String web = createGroup("web");
    String db = createGroup("db");
    api.ok(
        "ec2",
        "AuthorizeSecurityGroupIngress",
        "{\"GroupId\": \""
            + db
            + "\", \"IpPermissions\": [{\"IpProtocol\": \"tcp\", \"FromPort\": 5432,"
            + " \"ToPort\": 5432, \"UserIdGroupPairs\": [{\"GroupId\": \""
            + web
            + "\"}]}]}");
    // Real message (aws-facts.md section 7, lianghong/delete_vpc #10).
    assertEquals(
        "DependencyViolation: resource " + web + " has a dependent object",
        api.error("ec2", "DeleteSecurityGroup", "{\"GroupId\": \"" + web + "\"}"));
  }

  @Test
  void deleteByNameOnlyInTheDefaultVpc() {
    api.ok("ec2", "CreateSecurityGroup", "{\"GroupName\": \"old\", \"Description\": \"d\"}");
    api.ok("ec2", "DeleteSecurityGroup", "{\"GroupName\": \"old\"}");
    assertTrue(
        api.error("ec2", "DeleteSecurityGroup", "{\"GroupName\": \"old\"}")
            .startsWith(
                "InvalidGroup.NotFound: The security group 'old' does not exist in default"));
  }
}
