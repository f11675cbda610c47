package dev.vpclab.assist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Tab offers, in a session built up as a learner would type it. */
class CompletionTest {
  private static final String CREATE_MY_VPC =
      "VPC=$(aws ec2 create-vpc --cidr-block 10.0.0.0/16 --tag-specifications"
          + " 'ResourceType=vpc,Tags=[{Key=Name,Value=MyVPC}]' --query Vpc.VpcId --output text)";

  private static Typing withMyVpc() {
    return Typing.session().run(CREATE_MY_VPC);
  }

  private static String vpcId(Typing typing) {
    return typing.output("echo $VPC");
  }

  @Nested
  class ResourceIds {
    @Test
    void vpcIdOffersTheVpcsOfTheRegionWithTheirNameTag() {
      Typing typing = withMyVpc();
      String line = "aws ec2 create-subnet --vpc-id ";
      assertTrue(typing.values(line).contains(vpcId(typing)));
      assertEquals(Optional.of("MyVPC"), typing.description(line, vpcId(typing)));
      assertEquals(line.length(), typing.complete(line).anchor());
    }

    @Test
    void aResourceWithoutNameIsDescribedByItsDetail() {
      Typing typing = withMyVpc();
      var defaultVpc =
          typing.complete("aws ec2 create-subnet --vpc-id ").candidates().stream()
              .filter(c -> !c.value().equals(vpcId(typing)))
              .findFirst()
              .orElseThrow();
      assertEquals(Optional.of("172.31.0.0/16 (default)"), defaultVpc.description());
      assertEquals("vpc", defaultVpc.group());
    }

    @Test
    void onlyTheRegionTheCommandWouldCallCounts() {
      Typing typing =
          Typing.session()
              .run(
                  "W=$(aws ec2 create-vpc --cidr-block 10.1.0.0/16 --region us-west-2"
                      + " --query Vpc.VpcId --output text)");
      String west = typing.output("echo $W");
      assertFalse(typing.values("aws ec2 create-subnet --vpc-id ").contains(west));
      assertTrue(
          typing.values("aws ec2 create-subnet --region us-west-2 --vpc-id ").contains(west));
      String later = "aws ec2 create-subnet --vpc-id  --region us-west-2";
      int cursor = "aws ec2 create-subnet --vpc-id ".length();
      assertTrue(
          typing.assistant.complete(later, cursor).candidates().stream()
              .anyMatch(c -> c.value().equals(west)),
          "a --region typed later on the line decides too");
      String eastDefault =
          typing.output("aws ec2 describe-vpcs --query Vpcs[0].VpcId --output text");
      typing.run("export AWS_DEFAULT_REGION=us-west-2");
      assertTrue(typing.values("aws ec2 create-subnet --vpc-id ").contains(west));
      assertFalse(typing.values("aws ec2 create-subnet --vpc-id ").contains(eastDefault));
    }

    @Test
    void theConfiguredRegionComesFromTheConfigFile() {
      Typing typing =
          Typing.session()
              .run(
                  "W=$(aws ec2 create-vpc --cidr-block 10.1.0.0/16 --region eu-west-1"
                      + " --query Vpc.VpcId --output text)",
                  "aws configure set region eu-west-1");
      assertTrue(
          typing.values("aws ec2 describe-vpcs --vpc-ids ").contains(typing.output("echo $W")));
    }

    @Test
    void aPrefixNarrowsAndOnlyTheTypedPartIsReplaced() {
      Typing typing = withMyVpc();
      String line = "aws ec2 create-subnet --vpc-id " + vpcId(typing).substring(0, 8);
      Completions completions = typing.complete(line);
      assertEquals(List.of(vpcId(typing)), typing.values(line));
      assertEquals("aws ec2 create-subnet --vpc-id ".length(), completions.anchor());
    }

    @Test
    void aValueAfterEqualsSignIsCompletedOnItsOwn() {
      Typing typing = withMyVpc();
      String line = "aws ec2 describe-vpcs --vpc-ids=";
      Completions completions = typing.complete(line);
      assertEquals(line.length(), completions.anchor());
      assertTrue(typing.values(line).contains(vpcId(typing)));
    }

    @Test
    void anOpenQuoteIsClosedAfterTheId() {
      Typing typing = withMyVpc();
      String line = "aws ec2 create-subnet --vpc-id 'vpc";
      Completions completions = typing.complete(line);
      assertTrue(typing.values(line).contains(vpcId(typing) + "'"));
      assertEquals(
          "aws ec2 create-subnet --vpc-id '" + vpcId(typing) + "'",
          Typing.accept(line, completions, vpcId(typing) + "'"));
    }

    @Test
    void idListsKeepOfferingAfterTheFirst() {
      Typing typing = withMyVpc();
      assertTrue(
          typing
              .values("aws ec2 describe-vpcs --vpc-ids " + vpcId(typing) + " ")
              .contains(vpcId(typing)));
    }

    @Test
    void resourcesOffersEveryEc2IdOfTheRegion() {
      Typing typing = withMyVpc();
      List<String> groups =
          typing.complete("aws ec2 create-tags --resources ").candidates().stream()
              .map(Candidate::group)
              .distinct()
              .toList();
      assertTrue(
          groups.containsAll(List.of("vpc", "subnet", "igw", "rtb", "acl", "sg")),
          groups::toString);
    }

    @Test
    void namesOfExistingThingsButNotForTheOneBeingCreated() {
      Typing typing =
          Typing.session()
              .run(
                  "aws ec2 create-key-pair --key-name MyKey --query KeyMaterial --output text > MyKey.pem",
                  "aws iam create-role --role-name MyRole --assume-role-policy-document"
                      + " '{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                      + "\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},"
                      + "\"Action\":\"sts:AssumeRole\"}]}'",
                  "aws iam create-instance-profile --instance-profile-name MyProfile");
      assertEquals(List.of("MyKey"), typing.values("aws ec2 run-instances --key-name "));
      assertFalse(typing.values("aws ec2 create-key-pair --key-name ").contains("MyKey"));
      assertEquals(List.of("MyRole"), typing.values("aws iam attach-role-policy --role-name "));
      assertFalse(typing.values("aws iam create-role --role-name ").contains("MyRole"));
      assertEquals(
          List.of("MyProfile"),
          typing.values("aws ec2 run-instances --iam-instance-profile Name="));
    }

    @Test
    void interfacesAreThoseOfLiveInstancesOnly() {
      Typing typing =
          withMyVpc()
              .run(
                  "SUBNET=$(aws ec2 create-subnet --vpc-id $VPC --cidr-block 10.0.1.0/24"
                      + " --query Subnet.SubnetId --output text)",
                  "LIVE=$(aws ec2 run-instances --image-id"
                      + " resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"
                      + " --instance-type t2.micro --subnet-id $SUBNET"
                      + " --query 'Instances[0].NetworkInterfaces[0].NetworkInterfaceId'"
                      + " --output text)",
                  "GONE=$(aws ec2 run-instances --image-id"
                      + " resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"
                      + " --instance-type t2.micro --subnet-id $SUBNET"
                      + " --query 'Instances[0].InstanceId' --output text)",
                  "aws ec2 terminate-instances --instance-ids $GONE");
      assertEquals(
          List.of(typing.output("echo $LIVE")),
          typing.values("aws ec2 describe-network-interfaces --network-interface-ids "));
    }

    @Test
    void imagesComeFromTheCatalogueWithTheirNames() {
      Typing typing = Typing.session();
      var images = typing.complete("aws ec2 run-instances --image-id ").candidates();
      assertEquals(3, images.size());
      assertTrue(images.stream().allMatch(c -> c.value().startsWith("ami-")));
      assertTrue(
          images.stream().anyMatch(c -> c.description().orElse("").startsWith("al2023-ami-")));
    }

    @Test
    void policyArnsAreTheManagedPolicies() {
      assertTrue(
          Typing.session()
              .values("aws iam attach-role-policy --policy-arn arn:aws:iam::aws:policy/AmazonS3R")
              .contains("arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"));
    }

    @Test
    void bucketsAndS3Paths() {
      Typing typing =
          Typing.session()
              .run(
                  "aws s3api create-bucket --bucket lab-bucket --create-bucket-configuration"
                      + " LocationConstraint=us-east-2",
                  "aws s3api put-object --bucket lab-bucket --key notes/a.txt",
                  "aws s3api put-object --bucket lab-bucket --key top.txt");
      assertEquals(List.of("lab-bucket"), typing.values("aws s3api list-objects-v2 --bucket "));
      assertEquals(List.of("lab-bucket/"), typing.values("aws s3 ls s3://"));
      assertEquals(List.of("notes/", "top.txt"), typing.values("aws s3 ls s3://lab-bucket/"));
      assertEquals(List.of("a.txt"), typing.values("aws s3 cp s3://lab-bucket/notes/"));
    }
  }

  @Nested
  class CommandLine {
    @Test
    void servicesThenSimulatedOperations() {
      Typing typing = Typing.session();
      assertTrue(
          typing.values("aws ").containsAll(List.of("ec2", "iam", "s3", "s3api", "configure")));
      assertEquals(Optional.of("Amazon Elastic Compute Cloud"), typing.description("aws e", "ec2"));
      List<String> operations = typing.values("aws ec2 create-s");
      assertEquals(List.of("create-subnet", "create-security-group"), operations);
      assertFalse(typing.values("aws ec2 create-").contains("create-vpn-gateway"), "not simulated");
    }

    @Test
    void s3AndConfigureHaveTheirOwnSubcommands() {
      Typing typing = Typing.session();
      assertEquals(
          List.of("ls", "website", "cp", "mv", "rm", "sync", "mb", "rb", "presign"),
          typing.values("aws s3 "));
      assertEquals(List.of("list", "get", "set", "list-profiles"), typing.values("aws configure "));
      assertTrue(typing.values("aws configure set ").contains("region"));
      assertTrue(typing.values("aws configure set region ").contains("eu-west-1"));
      typing.run("/set cli v1");
      assertFalse(typing.values("aws configure ").contains("list-profiles"));
    }

    @Test
    void requiredOptionsFirstGivenOnesLast() {
      Typing typing = Typing.session();
      var options =
          typing.complete("aws ec2 create-subnet --cidr-block 10.0.1.0/24 --").candidates();
      assertEquals("--vpc-id", options.get(0).value());
      assertEquals("required", options.get(0).group());
      assertEquals("--cidr-block", options.get(options.size() - 1).value());
      assertEquals("given", options.get(options.size() - 1).group());
      assertTrue(options.stream().anyMatch(c -> c.value().equals("--no-dry-run")));
      assertEquals(
          Optional.of("The ID of the VPC"),
          typing.description("aws ec2 create-subnet --", "--vpc-id"));
    }

    @Test
    void globalOptionsOnceTheirNameIsStarted() {
      Typing typing = Typing.session();
      assertFalse(typing.values("aws ec2 describe-vpcs --").contains("--query"));
      assertEquals(List.of("--query"), typing.values("aws ec2 describe-vpcs --qu"));
      assertTrue(typing.values("aws --").contains("--region"));
      assertTrue(typing.values("aws ec2 describe-vpcs ").contains("--filters"));
    }

    @Test
    void globalOptionValues() {
      Typing typing = Typing.session();
      assertEquals(
          List.of("json", "text", "table", "yaml", "yaml-stream"), typing.values("aws --output "));
      assertEquals(
          List.of("us-east-1", "us-east-2", "us-west-2", "eu-west-1"),
          typing.values("aws ec2 describe-vpcs --region "));
      typing.run("aws configure set region eu-west-1 --profile dev");
      assertEquals(List.of("default", "dev"), typing.values("aws --profile "));
      typing.run("/set cli v1");
      assertEquals(List.of("json", "text", "table"), typing.values("aws --output "));
    }

    @Test
    void enumValuesFromTheModel() {
      Typing typing = Typing.session();
      assertTrue(
          typing
              .values("aws ec2 create-vpc-endpoint --vpc-endpoint-type ")
              .containsAll(List.of("Interface", "Gateway")));
      assertEquals(
          List.of("t3.micro"), typing.values("aws ec2 run-instances --instance-type t3.mic"));
      assertEquals(
          List.of("input", "output", "yaml-input"),
          typing.values("aws ec2 create-vpc --generate-cli-skeleton "));
    }

    @Test
    void queryFollowsTheResponseShape() {
      Typing typing = Typing.session();
      assertEquals(List.of("Vpc"), typing.values("aws ec2 create-vpc --query "));
      assertEquals(List.of("VpcId"), typing.values("aws ec2 create-vpc --query Vpc.Vp"));
      assertEquals(
          List.of("InstanceLifecycle", "InstanceId", "InstanceType"), // model order
          typing
              .values("aws ec2 describe-instances --query 'Reservations[].Instances[].Instance")
              .stream()
              .map(v -> v.replace("'", ""))
              .toList());
    }
  }

  @Nested
  class Shorthand {
    @Test
    void filterNamesThenValues() {
      Typing typing = withMyVpc();
      List<String> names = typing.values("aws ec2 describe-vpcs --filters Name=");
      assertTrue(
          names.containsAll(List.of("vpc-id", "cidr", "tag:Name", "tag-key")), names::toString);
      assertTrue(
          typing
              .values("aws ec2 describe-vpcs --filters Name=vpc-id,Values=")
              .contains(vpcId(typing)));
      assertEquals(
          List.of("MyVPC"),
          typing.values("aws ec2 describe-vpcs --filters 'Name=tag:Name,Values="));
      assertEquals(
          List.of("Values="), typing.values("aws ec2 describe-vpcs --filters Name=vpc-id,"));
      assertFalse(
          typing.complete("aws ec2 describe-vpcs --filters Name=").candidates().get(0).complete(),
          "a filter name goes on with ,Values=");
    }

    @Test
    void tagSpecifications() {
      Typing typing = Typing.session();
      assertEquals(
          List.of("ResourceType=", "Tags=["),
          typing.values("aws ec2 create-vpc --tag-specifications "));
      assertTrue(
          typing.values("aws ec2 create-vpc --tag-specifications ResourceType=v").contains("vpc"));
      assertEquals(
          List.of("Name"),
          typing.values("aws ec2 create-vpc --tag-specifications 'ResourceType=vpc,Tags=[{Key="));
      assertEquals(
          List.of("Value="),
          typing.values(
              "aws ec2 create-vpc --tag-specifications 'ResourceType=vpc,Tags=[{Key=Name,"));
    }

    @Test
    void structureValuesAndBooleans() {
      Typing typing = Typing.session();
      assertEquals(
          List.of("Value="), typing.values("aws ec2 modify-vpc-attribute --enable-dns-hostnames "));
      assertEquals(
          List.of("true", "false"),
          typing.values("aws ec2 modify-vpc-attribute --enable-dns-hostnames Value="));
    }

    @Test
    void jsonIsLeftAlone() {
      assertEquals(
          List.of(),
          Typing.session()
              .values("aws ec2 describe-vpcs --filters '[{\"Name\":\"vpc-id\",\"Values\":["));
    }
  }

  @Nested
  class FilePaths {
    @Test
    void fileSchemeCompletesSimulatedPaths() {
      Typing typing = Typing.session().run("mkdir policies", "echo '{}' > trust.json");
      String line = "aws iam create-role --assume-role-policy-document file://";
      assertEquals(List.of("policies/", "trust.json"), typing.values(line));
      assertFalse(typing.complete(line).candidates().get(0).complete(), "a directory goes on");
      assertEquals(line.length(), typing.complete(line).anchor());
      assertEquals(
          List.of("file://"), typing.values("aws iam create-role --assume-role-policy-document "));
    }

    @Test
    void shellArgumentsArePathsOfTheMachine() {
      Typing typing = Typing.session().run("touch key.pem", "mkdir keys");
      assertEquals(List.of("key.pem", "keys/"), typing.values("chmod 400 ke"));
      assertEquals(List.of("keys/"), typing.values("cd ke"));
      assertEquals(List.of("config", "credentials"), typing.values("cat ~/.aws/c"));
      assertEquals(List.of(".aws/"), typing.values("ls ."));
      assertFalse(typing.values("ls ").contains(".aws/"), "dot files once a dot is typed");
      assertEquals(List.of("etc/"), typing.values("ls /e"));
      assertEquals(List.of("key.pem"), typing.values("cat key.pem > ke").subList(0, 1));
    }

    @Test
    void namesNeedingQuotesAreEscaped() {
      Typing typing = Typing.session().run("touch 'my key.pem'");
      assertEquals(List.of("my\\ key.pem"), typing.values("chmod 400 my"));
      assertEquals(List.of("my key.pem\""), typing.values("chmod 400 \"my"));
    }
  }

  @Nested
  class ShellAndMeta {
    @Test
    void firstWordsAreCommandsAndAssignments() {
      Typing typing = withMyVpc();
      assertEquals(List.of("aws"), typing.values("aw"));
      assertEquals(List.of("chmod"), typing.values("chm"));
      assertEquals(List.of("VPC="), typing.values("VP"));
      assertEquals(Optional.of("list directory contents"), typing.description("l", "ls"));
    }

    @Test
    void variablesAfterDollar() {
      Typing typing = withMyVpc();
      assertEquals(List.of("VPC"), typing.values("echo $VP"));
      assertEquals(List.of("VPC}"), typing.values("echo ${VP"));
      assertEquals(List.of("VPC\""), typing.values("echo \"$VP"));
      assertEquals(Optional.of(vpcId(typing)), typing.description("echo $VP", "VPC"));
    }

    @Test
    void theCommandIsFoundAfterOperatorsAndInsideSubstitutions() {
      Typing typing = withMyVpc();
      assertTrue(typing.values("ls | aws ec2 describe-v").contains("describe-vpcs"));
      assertTrue(typing.values("true && aws ec2 describe-vpcs --vpc-ids ").contains(vpcId(typing)));
      assertTrue(typing.values("echo; aws i").contains("iam"));
      assertTrue(typing.values("X=$(aws ec2 describe-vpcs --vpc-ids ").contains(vpcId(typing)));
      assertEquals(List.of("aws"), typing.values("echo $(aw"));
    }

    @Test
    void sshGoesToTheAddressesOfRunningInstances() {
      Typing typing = Typing.session().run("touch key.pem");
      String image = typing.values("aws ec2 run-instances --image-id ").get(0);
      typing.run(
          "aws ec2 run-instances --image-id "
              + image
              + " --instance-type t3.micro --tag-specifications"
              + " 'ResourceType=instance,Tags=[{Key=Name,Value=web}]'");
      String publicIp =
          typing.output(
              "aws ec2 describe-instances --query Reservations[0].Instances[0].PublicIpAddress"
                  + " --output text");
      String privateIp =
          typing.output(
              "aws ec2 describe-instances --query Reservations[0].Instances[0].PrivateIpAddress"
                  + " --output text");
      assertEquals(List.of("ec2-user@", "key.pem"), typing.values("ssh -i key.pem "));
      assertEquals(List.of("key.pem"), typing.values("ssh -i "));
      assertEquals(List.of(publicIp, privateIp), typing.values("ssh -i key.pem ec2-user@"));
      assertEquals(Optional.of("web, public"), typing.description("ssh ec2-user@", publicIp));
      assertEquals(
          List.of(publicIp + ":", privateIp + ":"),
          typing.values("scp -i key.pem key.pem ec2-user@"));
      assertEquals(List.of("chmod"), typing.values("sudo chm"));
    }

    @Test
    void nothingExpandsInSingleQuotes() {
      assertEquals(List.of(), withMyVpc().values("echo '$VP"));
    }

    @Test
    void metaCommandsAndTheirArguments() {
      Typing typing = Typing.session();
      assertEquals(List.of("/help", "/history"), typing.values("/h"));
      assertTrue(typing.values("/help ").containsAll(List.of("/resources", "aws")));
      assertEquals(List.of("ec2"), typing.values("/help aws ec"));
      assertEquals(
          List.of("create-vpc", "create-vpc-endpoint"), typing.values("/help aws ec2 create-vp"));
      assertTrue(typing.values("/resources ").containsAll(List.of("vpc", "subnet", "all")));
      assertEquals(List.of("cli", "feedback"), typing.values("/set "));
      assertEquals(List.of("v1", "v2"), typing.values("/set cli "));
      assertEquals(List.of("concise", "normal", "verbose"), typing.values("/set feedback "));
    }

    @Test
    void diagramOffersTheVpcsOfTheRegionWithTheirNameTag() {
      Typing typing = withMyVpc();
      String vpc = vpcId(typing);
      assertTrue(typing.values("/diagram ").containsAll(List.of(vpc, "all")));
      assertEquals(Optional.of("MyVPC"), typing.description("/diagram ", vpc));
      assertEquals(List.of(vpc), typing.values("/diagram " + vpc.substring(0, 12)));
      assertEquals(List.of(), typing.values("/diagram all "));
    }

    @Test
    void openAndSaveCompleteRealFiles(@TempDir Path dir) throws IOException {
      Files.writeString(dir.resolve("lab.vpc"), "aws ec2 describe-vpcs\n");
      Files.createDirectory(dir.resolve("scripts"));
      Typing typing = Typing.session(dir);
      assertEquals(List.of("lab.vpc"), typing.values("/open la"));
      assertEquals(List.of("scripts/"), typing.values("/save sc"));
    }
  }
}
