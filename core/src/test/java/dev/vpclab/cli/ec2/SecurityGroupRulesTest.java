package dev.vpclab.cli.ec2;

import static dev.vpclab.cli.api.ApiTester.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclab.cli.api.ApiTester;
import org.junit.jupiter.api.Test;

class SecurityGroupRulesTest {
  private final ApiTester api = new ApiTester();
  private final String vpc =
      at(api.ok("ec2", "CreateVpc", "{\"CidrBlock\": \"10.0.0.0/16\"}"), "Vpc.VpcId");
  private final String web = group("web", vpc);

  private String group(String name, String vpcId) {
    return at(
        api.ok(
            "ec2",
            "CreateSecurityGroup",
            "{\"GroupName\": \""
                + name
                + "\", \"Description\": \"d\", \"VpcId\": \""
                + vpcId
                + "\"}"),
        "GroupId");
  }

  private String ingress(String permissions) {
    return "{\"GroupId\": \"" + web + "\", \"IpPermissions\": [" + permissions + "]}";
  }

  private static final String SSH =
      "{\"IpProtocol\": \"tcp\", \"FromPort\": 22, \"ToPort\": 22, \"IpRanges\": [{\"CidrIp\":"
          + " \"0.0.0.0/0\", \"Description\": \"ssh\"}]}";

  @Test
  void authorizeReturnsTheNewRulesWithTheirIds() {
    var out = api.ok("ec2", "AuthorizeSecurityGroupIngress", ingress(SSH));
    assertEquals("true", at(out, "Return"));
    var rule = out.get("SecurityGroupRules").get(0);
    assertTrue(at(rule, "SecurityGroupRuleId").matches("sgr-0[0-9a-f]{16}"));
    // Keys and order of the CLI example of authorize-security-group-ingress.
    assertEquals(
        "{\"SecurityGroupRuleId\":\""
            + at(rule, "SecurityGroupRuleId")
            + "\",\"GroupId\":\""
            + web
            + "\",\"GroupOwnerId\":\"123456789012\",\"IsEgress\":false,\"IpProtocol\":\"tcp\","
            + "\"FromPort\":22,\"ToPort\":22,\"CidrIpv4\":\"0.0.0.0/0\",\"Description\":\"ssh\"}",
        rule.toString());
  }

  @Test
  void describeGroupsRulesByProtocolAndPorts() {
    String lb = group("lb", vpc);
    api.ok(
        "ec2",
        "AuthorizeSecurityGroupIngress",
        ingress(
            "{\"IpProtocol\": \"6\", \"FromPort\": 80, \"ToPort\": 80, \"IpRanges\": [{\"CidrIp\":"
                + " \"10.0.0.0/16\"}]}"));
    api.ok(
        "ec2",
        "AuthorizeSecurityGroupIngress",
        ingress(
            "{\"IpProtocol\": \"tcp\", \"FromPort\": 80, \"ToPort\": 80, \"UserIdGroupPairs\":"
                + " [{\"GroupId\": \""
                + lb
                + "\"}], \"PrefixListIds\": [{\"PrefixListId\": \"pl-7ba54012\"}]}"));
    var permissions =
        api.ok("ec2", "DescribeSecurityGroups", "{\"GroupIds\": [\"" + web + "\"]}")
            .get("SecurityGroups")
            .get(0)
            .get("IpPermissions");
    // Protocol 6 is shown as tcp; one permission per protocol and port range.
    assertEquals(1, permissions.size());
    assertEquals(
        "{\"IpProtocol\":\"tcp\",\"FromPort\":80,\"ToPort\":80,\"UserIdGroupPairs\":[{\"UserId\":"
            + "\"123456789012\",\"GroupId\":\""
            + lb
            + "\"}],\"IpRanges\":[{\"CidrIp\":\"10.0.0.0/16\"}],\"Ipv6Ranges\":[],"
            + "\"PrefixListIds\":[{\"PrefixListId\":\"pl-7ba54012\"}]}",
        permissions.get(0).toString());
  }

  @Test
  void duplicatesAreRefusedWithTheRealMessage() {
    api.ok("ec2", "AuthorizeSecurityGroupIngress", ingress(SSH));
    // Real messages (ansible #19759, terraform-aws-security-group #351, lucidsoftware #101).
    assertEquals(
        "InvalidPermission.Duplicate: the specified rule \"peer: 0.0.0.0/0, TCP, from port: 22, to"
            + " port: 22, ALLOW\" already exists",
        api.error("ec2", "AuthorizeSecurityGroupIngress", ingress(SSH)));
    assertEquals(
        "InvalidPermission.Duplicate: the specified rule \"peer: 0.0.0.0/0, ALL, ALLOW\" already"
            + " exists",
        api.error(
            "ec2",
            "AuthorizeSecurityGroupEgress",
            "{\"GroupId\": \""
                + web
                + "\", \"IpPermissions\": [{\"IpProtocol\": \"-1\", \"IpRanges\": [{\"CidrIp\":"
                + " \"0.0.0.0/0\"}]}]}"));
    api.ok(
        "ec2",
        "AuthorizeSecurityGroupIngress",
        ingress("{\"IpProtocol\": \"icmp\", \"IpRanges\": [{\"CidrIp\": \"0.0.0.0/0\"}]}"));
    // Real message (ICMP all types, quoted in public code).
    assertEquals(
        "InvalidPermission.Duplicate: the specified rule \"peer: 0.0.0.0/0, ICMP, type: ALL,"
            + " code: ALL, ALLOW\" already exists",
        api.error(
            "ec2",
            "AuthorizeSecurityGroupIngress",
            ingress(
                "{\"IpProtocol\": \"icmp\", \"FromPort\": -1, \"ToPort\": -1, \"IpRanges\":"
                    + " [{\"CidrIp\": \"0.0.0.0/0\"}]}")));
  }

  @Test
  void invalidPermissionsAreRefused() {
    // Real messages: terraform-provider-aws #1793, aws-cli #1066, aws-cli #2846, SDK transcript.
    assertEquals(
        "InvalidParameterValue: Invalid value 'all' for IP protocol. Unknown protocol.",
        api.error(
            "ec2",
            "AuthorizeSecurityGroupIngress",
            ingress("{\"IpProtocol\": \"all\", \"IpRanges\": [{\"CidrIp\": \"0.0.0.0/0\"}]}")));
    assertEquals(
        "InvalidParameterValue: TCP/UDP (to) port (70000) out of range",
        api.error(
            "ec2",
            "AuthorizeSecurityGroupIngress",
            ingress(
                "{\"IpProtocol\": \"tcp\", \"FromPort\": 80, \"ToPort\": 70000, \"IpRanges\":"
                    + " [{\"CidrIp\": \"0.0.0.0/0\"}]}")));
    assertEquals(
        "InvalidParameterValue: CIDR block 10.0.0.0/33 is malformed",
        api.error(
            "ec2",
            "AuthorizeSecurityGroupIngress",
            ingress(
                "{\"IpProtocol\": \"tcp\", \"FromPort\": 22, \"ToPort\": 22, \"IpRanges\":"
                    + " [{\"CidrIp\": \"10.0.0.0/33\"}]}")));
    assertEquals(
        "InvalidParameterValue: Invalid value 'Must specify both from and to ports with TCP/UDP.'"
            + " for portRange.",
        api.error(
            "ec2",
            "AuthorizeSecurityGroupIngress",
            ingress("{\"IpProtocol\": \"tcp\", \"IpRanges\": [{\"CidrIp\": \"0.0.0.0/0\"}]}")));
    assertEquals(
        "InvalidParameterValue: ICMP type (256) out of range",
        api.error(
            "ec2",
            "AuthorizeSecurityGroupIngress",
            ingress(
                "{\"IpProtocol\": \"icmp\", \"FromPort\": 256, \"ToPort\": -1, \"IpRanges\":"
                    + " [{\"CidrIp\": \"0.0.0.0/0\"}]}")));
    // vpclab's own words where the API's were not found (see IpPermissions).
    assertEquals(
        "InvalidParameterValue: Invalid TCP/UDP port range",
        api.error(
            "ec2",
            "AuthorizeSecurityGroupIngress",
            ingress(
                "{\"IpProtocol\": \"tcp\", \"FromPort\": 90, \"ToPort\": 80, \"IpRanges\":"
                    + " [{\"CidrIp\": \"0.0.0.0/0\"}]}")));
    // Real message when the CLI's --port and --cidr come without --protocol (nanovms/ops #735).
    assertEquals(
        "InvalidParameterValue: Invalid value 'null' for protocol. VPC security group rules must"
            + " specify protocols explicitly.",
        api.error(
            "ec2",
            "AuthorizeSecurityGroupIngress",
            ingress(
                "{\"FromPort\": 22, \"ToPort\": 22, \"IpRanges\": [{\"CidrIp\": \"0.0.0.0/0\"}]}")));
    assertEquals(
        "MissingParameter: The request must contain the parameter ipPermissions",
        api.error("ec2", "AuthorizeSecurityGroupIngress", "{\"GroupId\": \"" + web + "\"}"));
  }

  @Test
  void aPermissionWithoutPeersAddsNothing() {
    // Real AWS accepts it and adds no rule (aws-cli #7069).
    var out =
        api.ok(
            "ec2",
            "AuthorizeSecurityGroupIngress",
            ingress("{\"IpProtocol\": \"tcp\", \"FromPort\": 22, \"ToPort\": 22}"));
    assertEquals("{\"Return\":true,\"SecurityGroupRules\":[]}", out.toString());
    assertEquals(
        "[]",
        api.ok("ec2", "DescribeSecurityGroups", "{\"GroupIds\": [\"" + web + "\"]}")
            .get("SecurityGroups")
            .get(0)
            .get("IpPermissions")
            .toString());
  }

  @Test
  void peersMustExistInTheSameVpc() {
    String other =
        group(
            "other",
            at(api.ok("ec2", "CreateVpc", "{\"CidrBlock\": \"10.1.0.0/16\"}"), "Vpc.VpcId"));
    // Real message of a cross-VPC group reference without peering.
    assertEquals(
        "InvalidGroup.NotFound: You have specified two resources that belong to different"
            + " networks.",
        api.error(
            "ec2",
            "AuthorizeSecurityGroupIngress",
            ingress(
                "{\"IpProtocol\": \"-1\", \"UserIdGroupPairs\": [{\"GroupId\": \""
                    + other
                    + "\"}]}")));
    assertEquals(
        "InvalidGroup.NotFound: The security group 'sg-0123456789abcdef0' does not exist",
        api.error(
            "ec2",
            "AuthorizeSecurityGroupIngress",
            ingress(
                "{\"IpProtocol\": \"-1\", \"UserIdGroupPairs\": [{\"GroupId\":"
                    + " \"sg-0123456789abcdef0\"}]}")));
    // Code from EC2's error list; message as emulators word it.
    assertEquals(
        "InvalidPrefixListID.NotFound: The prefix list ID 'pl-63a5400a' does not exist",
        api.error(
            "ec2",
            "AuthorizeSecurityGroupEgress",
            "{\"GroupId\": \""
                + web
                + "\", \"IpPermissions\": [{\"IpProtocol\": \"tcp\", \"FromPort\": 443, \"ToPort\":"
                + " 443, \"PrefixListIds\": [{\"PrefixListId\": \"pl-63a5400a\"}]}]}"));
  }

  @Test
  void revokeRemovesTheMatchingRule() {
    api.ok("ec2", "AuthorizeSecurityGroupIngress", ingress(SSH));
    var out = api.ok("ec2", "RevokeSecurityGroupIngress", ingress(SSH));
    assertEquals("true", at(out, "Return"));
    assertEquals("0.0.0.0/0", at(out, "RevokedSecurityGroupRules.0.CidrIpv4"));
    // Real message, without a final period (aws_ipadd #10).
    assertEquals(
        "InvalidPermission.NotFound: The specified rule does not exist in this security group",
        api.error("ec2", "RevokeSecurityGroupIngress", ingress(SSH)));
  }

  @Test
  void revokeByRuleId() {
    String egressRule =
        at(
            api.ok(
                "ec2",
                "DescribeSecurityGroupRules",
                "{\"Filters\": [{\"Name\": \"group-id\", \"Values\": [\"" + web + "\"]}]}"),
            "SecurityGroupRules.0.SecurityGroupRuleId");
    api.ok(
        "ec2",
        "RevokeSecurityGroupEgress",
        "{\"GroupId\": \"" + web + "\", \"SecurityGroupRuleIds\": [\"" + egressRule + "\"]}");
    var group =
        api.ok("ec2", "DescribeSecurityGroups", "{\"GroupIds\": [\"" + web + "\"]}")
            .get("SecurityGroups")
            .get(0);
    assertEquals(0, group.get("IpPermissionsEgress").size());
    // Message as moto words it (no real transcript found).
    assertEquals(
        "InvalidSecurityGroupRuleId.NotFound: The security group rule ID '"
            + egressRule
            + "' does not exist",
        api.error(
            "ec2",
            "RevokeSecurityGroupEgress",
            "{\"GroupId\": \"" + web + "\", \"SecurityGroupRuleIds\": [\"" + egressRule + "\"]}"));
  }

  @Test
  void describeRulesListsOneRulePerPeer() {
    api.ok("ec2", "AuthorizeSecurityGroupIngress", ingress(SSH));
    var out =
        api.ok(
            "ec2",
            "DescribeSecurityGroupRules",
            "{\"Filters\": [{\"Name\": \"group-id\", \"Values\": [\"" + web + "\"]}]}");
    assertEquals(2, out.get("SecurityGroupRules").size());
    // The all-outbound rule, as in the CLI example of describe-security-group-rules.
    var egress = out.get("SecurityGroupRules").get(1);
    assertEquals("true", at(egress, "IsEgress"));
    assertEquals("-1", at(egress, "FromPort"));
    assertEquals("[]", egress.get("Tags").toString());
    String id = at(out, "SecurityGroupRules.0.SecurityGroupRuleId");
    var one =
        api.ok("ec2", "DescribeSecurityGroupRules", "{\"SecurityGroupRuleIds\": [\"" + id + "\"]}");
    assertEquals("22", at(one, "SecurityGroupRules.0.ToPort"));
    assertEquals(
        "InvalidSecurityGroupRuleId.Malformed: Invalid id: \"rule\" (expecting \"sgr-...\")",
        api.error("ec2", "DescribeSecurityGroupRules", "{\"SecurityGroupRuleIds\": [\"rule\"]}"));
  }
}
