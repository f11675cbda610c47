package dev.vpclab.assist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the word under the cursor is. */
class InspectionTest {
  /** Inspects with the cursor inside the first occurrence of {@code word}. */
  private static Inspection at(Typing typing, String line, String word) {
    int cursor = line.indexOf(word) + 1;
    return typing.inspect(line, cursor).orElseThrow(() -> new AssertionError("nothing at " + word));
  }

  @Test
  void anOperationShowsItsDocumentationAndSynopsis() {
    Inspection inspection =
        at(Typing.session(), "aws ec2 create-subnet --vpc-id x", "create-subnet");
    assertEquals("aws ec2 create-subnet", inspection.title());
    assertTrue(inspection.body().startsWith("Creates a subnet in the specified VPC."));
    assertTrue(inspection.body().contains("SYNOPSIS"));
    assertTrue(inspection.body().contains("\n          --vpc-id <value>\n"), inspection.body());
  }

  @Test
  void anOptionShowsItsTypeWhetherRequiredAndItsDoc() {
    Inspection inspection = at(Typing.session(), "aws ec2 create-subnet --vpc-id x", "--vpc-id");
    assertEquals("--vpc-id (string)", inspection.title());
    assertEquals("Required. --vpc-id <value>\n\nThe ID of the VPC.", inspection.body());
  }

  @Test
  void anEnumOptionListsItsValues() {
    Inspection inspection =
        at(Typing.session(), "aws ec2 create-vpc-endpoint --vpc-endpoint-type", "--vpc");
    assertTrue(inspection.body().startsWith("Optional. [--vpc-endpoint-type <value>]"));
    assertTrue(
        inspection.body().contains("Possible values: Interface, Gateway"), inspection.body());
  }

  @Test
  void aGlobalOption() {
    Inspection inspection = at(Typing.session(), "aws --region us-east-1 ec2", "--region");
    assertEquals("--region (string)", inspection.title());
    assertTrue(inspection.body().contains("The region to use. Overrides config/env settings."));
  }

  @Test
  void aServiceAndAServiceInHelp() {
    Typing typing = Typing.session();
    Inspection service = at(typing, "aws ec2 describe-vpcs", "ec2");
    assertEquals("aws ec2", service.title());
    assertTrue(service.body().startsWith("Amazon Elastic Compute Cloud\n"));
    assertEquals(
        "aws ec2 create-vpc", at(typing, "/help aws ec2 create-vpc", "create-vpc").title());
  }

  @Test
  void theCliOwnCommands() {
    Typing typing = Typing.session();
    assertEquals("aws s3", at(typing, "aws s3 ls", "s3").title());
    assertEquals(
        new Inspection("aws s3 mb", "Creates an S3 bucket."), at(typing, "aws s3 mb s3://x", "mb"));
    assertEquals(
        "aws configure set", at(typing, "aws configure set region us-east-1", "set").title());
  }

  @Test
  void anExistingResourceIsDescribed() {
    Typing typing =
        Typing.session()
            .run(
                "VPC=$(aws ec2 create-vpc --cidr-block 10.0.0.0/16 --tag-specifications"
                    + " 'ResourceType=vpc,Tags=[{Key=Name,Value=MyVPC},{Key=env,Value=lab}]'"
                    + " --query Vpc.VpcId --output text)");
    String vpc = typing.output("echo $VPC");
    Inspection inspection = at(typing, "aws ec2 create-subnet --vpc-id " + vpc, vpc);
    assertEquals("vpc " + vpc + " (MyVPC)", inspection.title());
    assertEquals("10.0.0.0/16\nin us-east-2\ntags: env=lab", inspection.body());
    Inspection variable = at(typing, "aws ec2 create-subnet --vpc-id $VPC", "$VPC");
    assertEquals("$VPC", variable.title());
    assertTrue(variable.body().startsWith("$VPC = " + vpc + "\n\nvpc " + vpc + " (MyVPC)\n"));
  }

  @Test
  void aValueThatIsNoResourceShowsItsOption() {
    assertEquals(
        "--cidr-block (string)",
        at(Typing.session(), "aws ec2 create-vpc --cidr-block 10.0.0.0/16", "10.0").title());
  }

  @Test
  void vpclabAndShellCommands() {
    Typing typing = Typing.session();
    Inspection resources = at(typing, "/resources vpc", "/resources");
    assertEquals("/resources [TYPE|all]", resources.title());
    assertTrue(resources.body().startsWith("list what exists in the account, with Name tags\n\n"));
    assertEquals(new Inspection("ls", "list directory contents"), at(typing, "ls -l", "ls"));
    assertEquals(
        new Inspection("cd", "Change the shell working directory."), at(typing, "cd /tmp", "cd"));
  }

  @Test
  void nothingUnderTheCursor() {
    Typing typing = Typing.session();
    assertEquals(Optional.empty(), typing.inspect("aws ec2   describe-vpcs", 8));
    assertEquals(Optional.empty(), typing.inspect("", 0));
    assertEquals(Optional.empty(), typing.inspect("echo hello", 7));
  }
}
