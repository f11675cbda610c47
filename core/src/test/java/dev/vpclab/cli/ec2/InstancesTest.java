package dev.vpclab.cli.ec2;

import static dev.vpclab.cli.api.ApiTester.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InstancesTest {
  private final Ec2Fixture lab = new Ec2Fixture();

  private int count(String filtersJson) {
    var reservations =
        lab.api
            .ok("ec2", "DescribeInstances", "{\"Filters\": [" + filtersJson + "]}")
            .get("Reservations");
    int total = 0;
    for (var r : reservations) {
      total += r.get("Instances").size();
    }
    return total;
  }

  private static String filter(String name, String value) {
    return "{\"Name\": \"" + name + "\", \"Values\": [\"" + value + "\"]}";
  }

  @Test
  void describeFilters() {
    lab.profile("S3AdminAccess", "S3AdminAccess");
    lab.api.ok("ec2", "CreateKeyPair", "{\"KeyName\": \"MyPvKey\"}");
    String web = lab.group("web");
    String bastion =
        lab.run(
            "\"TagSpecifications\": [{\"ResourceType\": \"instance\", \"Tags\": [{\"Key\":"
                + " \"Name\", \"Value\": \"bastion\"}]}]");
    String privateOne =
        lab.run(
            "\"SubnetId\": \""
                + lab.privateSubnet
                + "\", \"SecurityGroupIds\": [\""
                + web
                + "\"], \"KeyName\": \"MyPvKey\", \"PrivateIpAddress\": \"10.0.2.235\","
                + " \"IamInstanceProfile\": {\"Name\": \"S3AdminAccess\"}");
    String publicIp = at(lab.describe(bastion), "PublicIpAddress");
    assertEquals(1, count(filter("tag:Name", "bast*")));
    assertEquals(1, count(filter("vpc-id", lab.vpc)));
    assertEquals(1, count(filter("subnet-id", lab.privateSubnet)));
    assertEquals(1, count(filter("private-ip-address", "10.0.2.235")));
    assertEquals(1, count(filter("ip-address", publicIp)));
    assertEquals(1, count(filter("instance.group-id", web)));
    assertEquals(1, count(filter("key-name", "MyPvKey")));
    assertEquals(
        1,
        count(
            filter(
                "iam-instance-profile.arn",
                "arn:aws:iam::123456789012:instance-profile/S3AdminAccess")));
    assertEquals(2, count(filter("image-id", Ec2Fixture.image(Ec2Fixture.AL2023_PARAMETER))));
    lab.api.ok("ec2", "TerminateInstances", "{\"InstanceIds\": [\"" + privateOne + "\"]}");
    assertEquals(1, count(filter("instance-state-name", "running")));
    assertEquals(1, count(filter("instance-state-name", "terminated")));
    // Real wording (boto/boto3 #1299, aws/aws-cli #7225).
    assertEquals(
        "InvalidParameterValue: The filter 'color' is invalid",
        lab.api.error("ec2", "DescribeInstances", "{\"Filters\": [" + filter("color", "x") + "]}"));
  }

  @Test
  void statusListsRunningInstancesWithPassingChecks() {
    String running = lab.run("");
    String stopped = lab.run("");
    lab.api.ok("ec2", "StopInstances", "{\"InstanceIds\": [\"" + stopped + "\"]}");
    var out = lab.api.ok("ec2", "DescribeInstanceStatus", "{}").get("InstanceStatuses");
    assertEquals(1, out.size());
    assertEquals(running, at(out, "0.InstanceId"));
    assertEquals("ok", at(out, "0.InstanceStatus.Status"));
    assertEquals("passed", at(out, "0.SystemStatus.Details.0.Status"));
    var all =
        lab.api
            .ok("ec2", "DescribeInstanceStatus", "{\"IncludeAllInstances\": true}")
            .get("InstanceStatuses");
    assertEquals(2, all.size());
    assertEquals("not-applicable", at(all, "1.InstanceStatus.Status"));
  }

  @Test
  void modifyGroupsAndSourceDestCheck() {
    String web = lab.group("web");
    String id = lab.run("\"SubnetId\": \"" + lab.publicSubnet + "\"");
    assertEquals(
        "{}",
        lab.api
            .ok(
                "ec2",
                "ModifyInstanceAttribute",
                "{\"InstanceId\": \"" + id + "\", \"Groups\": [\"" + web + "\"]}")
            .toString());
    assertEquals("web", at(lab.describe(id), "SecurityGroups.0.GroupName"));
    lab.api.ok(
        "ec2",
        "ModifyInstanceAttribute",
        "{\"InstanceId\": \"" + id + "\", \"SourceDestCheck\": {\"Value\": false}}");
    assertEquals("false", at(lab.describe(id), "SourceDestCheck"));
    String defaultVpcGroup =
        at(
            lab.api.ok(
                "ec2", "CreateSecurityGroup", "{\"GroupName\": \"x\", \"Description\": \"d\"}"),
            "GroupId");
    // vpclab words it as EC2 words a cross-VPC group reference.
    assertEquals(
        "InvalidGroup.NotFound: You have specified two resources that belong to different"
            + " networks.",
        lab.api.error(
            "ec2",
            "ModifyInstanceAttribute",
            "{\"InstanceId\": \"" + id + "\", \"Groups\": [\"" + defaultVpcGroup + "\"]}"));
    assertEquals(
        "InvalidParameterValue: vpclab simulates only --groups and --source-dest-check of"
            + " modify-instance-attribute",
        lab.api.error(
            "ec2",
            "ModifyInstanceAttribute",
            "{\"InstanceId\": \"" + id + "\", \"InstanceType\": {\"Value\": \"t3.micro\"}}"));
  }

  @Test
  void aGroupUsedByARunningInstanceCannotBeDeleted() {
    String web = lab.group("web");
    String id =
        lab.run(
            "\"SubnetId\": \"" + lab.publicSubnet + "\", \"SecurityGroupIds\": [\"" + web + "\"]");
    // Real message (aws-facts.md section 7).
    assertEquals(
        "DependencyViolation: resource " + web + " has a dependent object",
        lab.api.error("ec2", "DeleteSecurityGroup", "{\"GroupId\": \"" + web + "\"}"));
    lab.api.ok("ec2", "TerminateInstances", "{\"InstanceIds\": [\"" + id + "\"]}");
    lab.api.ok("ec2", "DeleteSecurityGroup", "{\"GroupId\": \"" + web + "\"}");
  }
}
