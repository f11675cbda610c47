package dev.vpclab.assist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpclab.assist.Highlight.Kind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a typed line is coloured: the shell's tokens, then aws subcommands and live IDs. */
class HighlightTest {
  /** The line's highlighted stretches as {@code text:KIND}, in order. */
  private static List<String> painted(Typing typing, String line) {
    var out = new ArrayList<String>();
    for (Highlight h : typing.highlight(line)) {
      out.add(line.substring(h.start(), h.end()) + ":" + h.kind());
    }
    return out;
  }

  @Test
  void anAwsCommandWithAnExistingIdAStringAndAComment() {
    Typing typing =
        Typing.session()
            .run(
                "VPC=$(aws ec2 create-vpc --cidr-block 10.0.0.0/16 --query Vpc.VpcId --output text)");
    String vpc = typing.output("echo $VPC");
    String line = "aws ec2 create-subnet --vpc-id " + vpc + " --cidr-block \"10.0.1.0/24\" # web";
    assertEquals(
        List.of(
            "aws:COMMAND",
            "ec2:SUBCOMMAND",
            "create-subnet:SUBCOMMAND",
            "--vpc-id:OPTION",
            vpc + ":RESOURCE_ID",
            "--cidr-block:OPTION",
            "\"10.0.1.0/24\":STRING",
            "# web:COMMENT"),
        painted(typing, line));
  }

  @Test
  void anIdThatDoesNotExistIsPlain() {
    assertEquals(
        List.of(
            "aws:COMMAND",
            "ec2:SUBCOMMAND",
            "delete-vpc:SUBCOMMAND",
            "--vpc-id:OPTION",
            "vpc-0123456789abcdef0:PLAIN"),
        painted(Typing.session(), "aws ec2 delete-vpc --vpc-id vpc-0123456789abcdef0"));
  }

  @Test
  void idsInsideShorthandAndCatalogueIds() {
    Typing typing = Typing.session();
    String image = typing.values("aws ec2 run-instances --image-id ").get(0);
    String defaultVpc = typing.output("aws ec2 describe-vpcs --query Vpcs[0].VpcId --output text");
    List<String> painted =
        painted(
            typing,
            "aws ec2 run-instances --image-id "
                + image
                + " --filters Name=vpc-id,Values="
                + defaultVpc);
    assertEquals(image + ":RESOURCE_ID", painted.get(4));
    assertEquals(
        List.of("Name=vpc-id,Values=:PLAIN", defaultVpc + ":RESOURCE_ID"), painted.subList(6, 8));
  }

  @Test
  void substitutionsVariablesAndOperators() {
    assertEquals(
        List.of(
            "VPC=$(:VARIABLE", // the assignment and the substitution's opening, one colour
            "aws:COMMAND",
            "ec2:SUBCOMMAND",
            "describe-vpcs:SUBCOMMAND",
            "):VARIABLE",
            "&&:OPERATOR",
            "echo:COMMAND",
            "$VPC:VARIABLE",
            "|:OPERATOR",
            "tee:COMMAND",
            "out.txt:PLAIN",
            ">:OPERATOR",
            "/dev/null:PLAIN"),
        painted(
            Typing.session(),
            "VPC=$(aws ec2 describe-vpcs) && echo $VPC | tee out.txt >/dev/null"));
  }

  @Test
  void globalOptionsAndTheirValuesDoNotShiftTheSubcommands() {
    assertEquals(
        List.of(
            "aws:COMMAND",
            "--region:OPTION",
            "us-east-1:PLAIN",
            "ec2:SUBCOMMAND",
            "describe-vpcs:SUBCOMMAND",
            "--output:OPTION",
            "text:PLAIN"),
        painted(Typing.session(), "aws --region us-east-1 ec2 describe-vpcs --output text"));
  }

  @Test
  void metaCommands() {
    assertEquals(
        List.of("/help:META", "aws:PLAIN", "ec2:PLAIN"),
        painted(Typing.session(), "/help aws ec2"));
  }

  @Test
  void anUnfinishedLineIsColouredAsFarAsItGoes() {
    assertEquals(
        List.of(
            "aws:COMMAND",
            "ec2:SUBCOMMAND",
            "create-vpc:SUBCOMMAND",
            "--tag-specifications:OPTION",
            "'ResourceType=vpc,Tags=[{Key=Name:STRING"),
        painted(
            Typing.session(),
            "aws ec2 create-vpc --tag-specifications 'ResourceType=vpc,Tags=[{Key=Name"));
  }

  @Test
  void spansAreOrderedAndApart() {
    List<Highlight> spans =
        Typing.session().highlight("a=\"$(echo 'x' | grep \"$y\")\" ; aws s3 ls s3://b # c");
    for (int i = 0; i < spans.size(); i++) {
      Highlight h = spans.get(i);
      assertEquals(true, h.start() < h.end());
      if (i > 0) {
        assertEquals(true, spans.get(i - 1).end() <= h.start());
      }
    }
    assertEquals(Kind.COMMENT, spans.get(spans.size() - 1).kind());
  }
}
