package dev.vpclab.cli.ec2;

import static dev.vpclab.cli.api.ApiTester.at;

import dev.vpclab.cli.api.ApiTester;
import dev.vpclab.model.FreshAccount;
import dev.vpclab.model.Ids;
import dev.vpclab.model.catalog.Images;
import dev.vpclab.model.ec2.Subnet;
import dev.vpclab.model.iam.InstanceProfile;
import dev.vpclab.net.Cidr;
import java.util.List;

/**
 * A VPC with a public and a private subnet, as the lab builds it. Subnets and instance profiles
 * belong to other operation groups, so they are put into the model directly.
 */
final class Ec2Fixture {
  static final String AL2023_PARAMETER =
      "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64";
  static final String AL2_PARAMETER =
      "/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-x86_64-gp2";

  final ApiTester api;
  final String vpc;
  final String publicSubnet;
  final String privateSubnet;

  Ec2Fixture(ApiTester api) {
    this.api = api;
    vpc = at(api.ok("ec2", "CreateVpc", "{\"CidrBlock\": \"10.0.0.0/16\"}"), "Vpc.VpcId");
    publicSubnet = subnet("public", "10.0.1.0/24", true);
    privateSubnet = subnet("private", "10.0.2.0/24", false);
  }

  Ec2Fixture() {
    this(new ApiTester());
  }

  private String subnet(String seed, String cidr, boolean mapPublicIp) {
    return api.seed(
            new Subnet(
                Ids.ec2Fixed("subnet", vpc + "/" + seed),
                "us-east-2",
                vpc,
                Cidr.of(cidr),
                "us-east-2a",
                "use2-az1",
                mapPublicIp,
                false))
        .id();
  }

  InstanceProfile profile(String name, String... roles) {
    return api.seed(
        new InstanceProfile(
            name, Ids.iamFixed("AIPA", name, 17), "/", List.of(roles), FreshAccount.SESSION_START));
  }

  static String image(String parameter) {
    return Images.catalog().bySsmParameter("us-east-2", parameter).orElseThrow().id();
  }

  /** Launches one AL2023 instance with extra request members; returns its ID. */
  String run(String extraJson) {
    String body =
        "{\"ImageId\": \""
            + image(AL2023_PARAMETER)
            + "\", \"InstanceType\": \"t2.micro\","
            + " \"MinCount\": 1, \"MaxCount\": 1"
            + (extraJson.isBlank() ? "" : ", " + extraJson)
            + "}";
    return at(api.ok("ec2", "RunInstances", body), "Instances.0.InstanceId");
  }

  /** Launches one AL2023 instance in another region; returns its ID. */
  String runIn(String region) {
    String image = Images.catalog().bySsmParameter(region, AL2023_PARAMETER).orElseThrow().id();
    return at(
        api.ok(
            "ec2",
            "RunInstances",
            "{\"ImageId\": \"" + image + "\", \"MinCount\": 1, \"MaxCount\": 1}"),
        "Instances.0.InstanceId");
  }

  String group(String name) {
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

  com.fasterxml.jackson.databind.JsonNode describe(String instanceId) {
    return api.ok("ec2", "DescribeInstances", "{\"InstanceIds\": [\"" + instanceId + "\"]}")
        .get("Reservations")
        .get(0)
        .get("Instances")
        .get(0);
  }
}
