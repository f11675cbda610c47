package dev.vpclab;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.vpclab.model.World;
import dev.vpclab.outcome.Outcome;
import dev.vpclab.outcome.Part;
import dev.vpclab.shell.Terminal;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Hundreds of malformed lines against a session with a network in it: none may crash vpclab (an
 * InternalError is a crash caught at the last moment), and none that fails may change the account.
 * (Random junk is sometimes valid, e.g. a bucket name; such a line may succeed.)
 */
class BadInputTest {
  private static final List<String> SETUP =
      List.of(
          "VPC=$(aws ec2 create-vpc --cidr-block 10.0.0.0/16 --query Vpc.VpcId --output text)",
          "SUB=$(aws ec2 create-subnet --vpc-id $VPC --cidr-block 10.0.1.0/24 --query"
              + " Subnet.SubnetId --output text)",
          "RT=$(aws ec2 create-route-table --vpc-id $VPC --query RouteTable.RouteTableId --output"
              + " text)",
          "SG=$(aws ec2 create-security-group --group-name web --description web --vpc-id $VPC"
              + " --query GroupId --output text)");

  private static Vpclab session;

  @BeforeContainer
  static void buildNetwork() {
    session = Vpclab.start(Terminal.NONE, Path.of(System.getProperty("java.io.tmpdir")));
    SETUP.forEach(session::eval);
  }

  @Property(tries = 600)
  void malformedInputNeverCrashesNorChangesTheAccount(@ForAll("malformed") String line) {
    World before = session.session().world();
    Outcome outcome = session.eval(line);
    assertFalse(
        outcome.parts().stream()
            .anyMatch(
                p -> p instanceof Part.Problem problem && problem.code().equals("InternalError")),
        () -> "crashed on: " + line + "\n" + outcome);
    if (outcome.exitStatus() != 0) {
      assertSame(before, session.session().world(), () -> "a failure changed the account: " + line);
    }
  }

  @Provide
  Arbitrary<String> malformed() {
    Arbitrary<String> command =
        Arbitraries.of(
            "aws ec2 create-vpc --cidr-block",
            "aws ec2 create-subnet --vpc-id $VPC --cidr-block",
            "aws ec2 create-subnet --vpc-id",
            "aws ec2 delete-vpc --vpc-id",
            "aws ec2 create-route --route-table-id $RT --destination-cidr-block",
            "aws ec2 create-route --route-table-id $RT --gateway-id",
            "aws ec2 authorize-security-group-ingress --group-id $SG --protocol tcp --port",
            "aws ec2 authorize-security-group-ingress --group-id $SG --ip-permissions",
            "aws ec2 create-tags --resources $VPC --tags",
            "aws ec2 describe-vpcs --filters",
            "aws ec2 run-instances --image-id",
            "aws ec2 run-instances --image-id ami-00000000000000000 --subnet-id",
            "aws ec2 create-network-acl-entry --network-acl-id",
            "aws ec2 associate-route-table --route-table-id $RT --subnet-id",
            "aws iam create-role --role-name",
            "aws iam create-role --role-name r --assume-role-policy-document",
            "aws iam attach-role-policy --role-name nobody --policy-arn",
            "aws s3api create-bucket --bucket",
            "aws s3api put-bucket-policy --bucket nobucket --policy",
            "aws ec2 create-vpc-endpoint --vpc-id $VPC --service-name",
            "aws ec2",
            "aws",
            "/resources",
            "/diagram",
            "/help",
            "/set",
            "/nonsense");
    Arbitrary<String> junk =
        Arbitraries.oneOf(
            Arbitraries.of(
                "10.0.0.0/33",
                "10.0.0.0/8",
                "10.1.0.0/24",
                "300.1.1.1/24",
                "10.0.0.0",
                "/",
                "'unterminated",
                "\"half",
                "{\"Key\": ",
                "[{]",
                "Key=",
                "Key=a,Vlue=b",
                "Name=,Values=",
                "file://nofile.json",
                "vpc-1",
                "vpc-zzzzzzzzzzzzzzzzz",
                "igw-0123456789abcdef0",
                "subnet-",
                "--",
                "--query",
                "--output",
                "--output xml",
                "--region",
                "--region mars-1",
                "$(",
                "`",
                "\\",
                "${",
                "$((1/0))",
                "|",
                "&&",
                ";;",
                ">",
                "> /nodir/x",
                "2>&1 |",
                "ab\u0000cd",
                "é✓🚀",
                "-1",
                "99999999999999999999",
                "true",
                "null",
                "{}",
                "[]",
                "ResourceType=vpc,Tags=[{Key=Name,Value=",
                "IpProtocol=tcp,FromPort=x"),
            Arbitraries.strings().ofMinLength(1).ofMaxLength(30));
    return Combinators.combine(command, junk, junk.list().ofMaxSize(2))
        .as((c, j, more) -> c + " " + j + (more.isEmpty() ? "" : " " + String.join(" ", more)));
  }
}
