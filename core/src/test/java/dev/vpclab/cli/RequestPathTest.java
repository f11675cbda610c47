package dev.vpclab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclab.Vpclab;
import dev.vpclab.outcome.Outcome;
import dev.vpclab.outcome.Part;
import dev.vpclab.shell.Terminal;
import dev.vpclab.trace.Component;
import dev.vpclab.trace.Step;
import dev.vpclab.trace.Trace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which region and endpoint a call takes, per CLI version, as the learner triggers it (aws-facts.md
 * sections 1.1 and 1.2): v1 sends S3 calls with no region or us-east-1 to the global {@code
 * s3.amazonaws.com} and ignores {@code AWS_REGION} and the instance metadata; v2 uses the regional
 * name for us-east-1 and, on an instance, the metadata's region. Off EC2 each URL was checked with
 * the real CLIs (v1 1.45, v2 2.9.19): {@code aws s3 ls --debug}, "Endpoint provider result", with
 * HTTPS_PROXY pointing at a closed local port so that nothing left the machine.
 */
class RequestPathTest {
  private final Vpclab vpclab =
      Vpclab.start(Terminal.NONE, Path.of(System.getProperty("java.io.tmpdir")));

  private Outcome run(String line) {
    Outcome outcome = vpclab.eval(line);
    assertTrue(!outcome.hasProblem(), line + ": " + outcome.parts());
    return outcome;
  }

  /** Runs a line and returns the trace of its (one) request. */
  private Trace traced(String line) {
    List<Trace> traces =
        run(line).parts().stream()
            .filter(p -> p instanceof Part.Traced)
            .map(p -> ((Part.Traced) p).trace())
            .toList();
    assertEquals(1, traces.size(), line + " left " + traces.size() + " traces");
    return traces.get(0);
  }

  private static String region(Trace trace) {
    return trace.steps().stream()
        .filter(s -> s.component().kind() == Component.Kind.REGION)
        .map(Step::detail)
        .findFirst()
        .orElseThrow();
  }

  /** The laptop with no region configured anywhere, running CLI {@code version}. */
  private void laptopWithoutRegion(String version) {
    run("/set cli " + version);
    run("rm ~/.aws/config");
  }

  @Test
  void v1WithoutARegionCallsTheGlobalS3Endpoint() {
    laptopWithoutRegion("v1");

    Trace trace = traced("aws s3 ls");

    assertEquals("aws s3 ls → ListBuckets at https://s3.amazonaws.com/", trace.title());
    assertEquals(
        "CLI v1 takes the region from nowhere, so it calls https://s3.amazonaws.com/",
        region(trace));
  }

  @Test
  void v1InUsEast1StillCallsTheGlobalS3Endpoint() {
    laptopWithoutRegion("v1");

    Trace trace = traced("aws s3 ls --region us-east-1");

    assertEquals(
        "aws s3 ls --region us-east-1 → ListBuckets at https://s3.amazonaws.com/", trace.title());
    assertEquals(
        "CLI v1 takes the region us-east-1 from --region, so it calls https://s3.amazonaws.com/",
        region(trace));
  }

  @Test
  void v1InAnotherRegionCallsThatRegionsEndpoint() {
    laptopWithoutRegion("v1");

    assertEquals(
        "aws s3 ls --region us-east-2 → ListBuckets at https://s3.us-east-2.amazonaws.com/",
        traced("aws s3 ls --region us-east-2").title());
  }

  @Test
  void v2InUsEast1CallsTheRegionalEndpoint() {
    laptopWithoutRegion("v2");

    assertEquals(
        "aws s3 ls --region us-east-1 → ListBuckets at https://s3.us-east-1.amazonaws.com/",
        traced("aws s3 ls --region us-east-1").title());
  }

  @Test
  void v2WithoutARegionOffEc2CallsTheGlobalS3Endpoint() {
    laptopWithoutRegion("v2");

    assertEquals(
        "aws s3 ls → ListBuckets at https://s3.amazonaws.com/", traced("aws s3 ls").title());
  }

  @Test
  void v1IgnoresAwsRegionButV2UsesIt() {
    laptopWithoutRegion("v1");
    assertEquals(
        "aws s3 ls → ListBuckets at https://s3.amazonaws.com/",
        traced("AWS_REGION=us-west-2 aws s3 ls").title());
    assertEquals(
        "aws s3 ls → ListBuckets at https://s3.us-west-2.amazonaws.com/",
        traced("AWS_DEFAULT_REGION=us-west-2 aws s3 ls").title());

    run("/set cli v2");
    Trace v2 = traced("AWS_REGION=us-west-2 aws s3 ls");
    assertEquals("aws s3 ls → ListBuckets at https://s3.us-west-2.amazonaws.com/", v2.title());
    assertEquals(
        "CLI v2 takes the region us-west-2 from AWS_REGION, so it calls"
            + " https://s3.us-west-2.amazonaws.com/",
        region(v2));
  }

  @Test
  void v1WithoutARegionRefusesARegionalServiceBeforeAnyRequest() {
    laptopWithoutRegion("v1");

    Outcome outcome = run("aws ec2 describe-vpcs");

    // aws-facts.md section 1.3 (LAB, cat -A): one line, no blank line before it, rc 255.
    assertEquals(
        "You must specify a region. You can also configure your region by running \"aws"
            + " configure\".\n",
        outcome.stderr());
    assertEquals(255, outcome.exitStatus());
    assertTrue(outcome.parts().stream().noneMatch(p -> p instanceof Part.Traced));
  }

  @Test
  void onAmazonLinux2023V2TakesTheRegionFromInstanceMetadata() {
    String al2023 = onAnInstance("al2023-ami-kernel-default-x86_64");

    Trace v2 = traced("aws s3 ls");

    assertEquals("aws s3 ls → ListBuckets at https://s3.us-east-2.amazonaws.com/", v2.title());
    assertEquals(
        "CLI v2 takes the region us-east-2 from instance metadata, so it calls"
            + " https://s3.us-east-2.amazonaws.com/",
        region(v2));
    assertTrue(vpclab.prompt().contains(al2023), vpclab.prompt());
  }

  @Test
  void onAmazonLinux2V1NeverAsksTheMetadataForARegion() {
    onAnInstance("amzn2-ami-hvm-x86_64-gp2");

    Trace v1 = traced("aws s3 ls");

    assertEquals("aws s3 ls → ListBuckets at https://s3.amazonaws.com/", v1.title());
    assertEquals(
        "CLI v1 takes the region from nowhere (CLI v1 never asks the instance metadata service for"
            + " one), so it calls https://s3.amazonaws.com/",
        region(v1));
  }

  /**
   * Launches an instance of the AMI (by its SSM parameter name) in a public subnet of us-east-2 and
   * logs into it.
   *
   * @return the host name part of its prompt, {@code ip-10-0-1-…}
   */
  private String onAnInstance(String amiParameter) {
    for (String line :
        List.of(
            "VPC=$(aws ec2 create-vpc --cidr-block 10.0.0.0/16 --query Vpc.VpcId --output text)",
            "SUBNET=$(aws ec2 create-subnet --vpc-id $VPC --cidr-block 10.0.1.0/24 --query"
                + " Subnet.SubnetId --output text)",
            "IGW=$(aws ec2 create-internet-gateway --query InternetGateway.InternetGatewayId"
                + " --output text)",
            "aws ec2 attach-internet-gateway --internet-gateway-id $IGW --vpc-id $VPC",
            "RT=$(aws ec2 describe-route-tables --filters Name=vpc-id,Values=$VPC --query"
                + " 'RouteTables[0].RouteTableId' --output text)",
            "aws ec2 create-route --route-table-id $RT --destination-cidr-block 0.0.0.0/0"
                + " --gateway-id $IGW",
            "SG=$(aws ec2 create-security-group --group-name ssh --description ssh --vpc-id $VPC"
                + " --query GroupId --output text)",
            "aws ec2 authorize-security-group-ingress --group-id $SG --protocol tcp --port 22"
                + " --cidr 0.0.0.0/0",
            "aws ec2 create-key-pair --key-name k --query KeyMaterial --output text > k.pem",
            "chmod 400 k.pem",
            "aws iam create-role --role-name r --assume-role-policy-document"
                + " '{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}'",
            "aws iam attach-role-policy --role-name r --policy-arn"
                + " arn:aws:iam::aws:policy/AmazonS3FullAccess",
            "aws iam create-instance-profile --instance-profile-name r",
            "aws iam add-role-to-instance-profile --instance-profile-name r --role-name r",
            "ID=$(aws ec2 run-instances --image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/"
                + amiParameter
                + " --instance-type t2.micro --key-name k --security-group-ids $SG"
                + " --subnet-id $SUBNET --associate-public-ip-address --iam-instance-profile Name=r"
                + " --query 'Instances[0].InstanceId' --output text)",
            "IP=$(aws ec2 describe-instances --instance-ids $ID --query"
                + " 'Reservations[0].Instances[0].PublicIpAddress' --output text)")) {
      Outcome outcome = run(line);
      assertEquals(0, outcome.exitStatus(), line + ": " + outcome.stderr());
    }
    String hostPart =
        run("aws ec2 describe-instances --instance-ids $ID --query"
                + " 'Reservations[0].Instances[0].PrivateIpAddress' --output text")
            .stdout()
            .strip()
            .replace('.', '-');
    Outcome login = run("ssh -i k.pem -o StrictHostKeyChecking=no ec2-user@$IP");
    assertEquals(0, login.exitStatus(), login.stderr());
    return "ip-" + hostPart;
  }
}
