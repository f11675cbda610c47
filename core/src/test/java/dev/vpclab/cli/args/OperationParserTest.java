package dev.vpclab.cli.args;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclab.cli.CliVersion;
import dev.vpclab.cli.spec.ServiceSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperationParserTest {
  private static final ServiceSpec EC2 = ServiceSpec.load("ec2");
  private static final ServiceSpec IAM = ServiceSpec.load("iam");

  @Test
  void cliV1FetchesUrlValuesAndSaysWhyItCouldNot() {
    // aws iam put-role-policy --role-name r --policy-name p \
    //     --policy-document https://example.com/p.json   (aws-cli/1.45.11, no network)
    ParseResult r =
        OperationParser.parse(
            IAM.operation("put-role-policy").orElseThrow(),
            List.of(
                "--role-name",
                "r",
                "--policy-name",
                "p",
                "--policy-document",
                "https://example.com/p.json"),
            ParseContext.of(CliVersion.V1, ParamFiles.none()));
    UsageError e = r.refusal().orElseThrow();
    assertEquals(
        "\nError parsing parameter '--policy-document': Unable to retrieve"
            + " https://example.com/p.json: Could not connect to the endpoint URL:"
            + " \"https://example.com/p.json\"\n",
        e.stderr(CliVersion.V1));
    assertEquals(255, e.exitCode(CliVersion.V1));
    // CLI v2 2.9.19 takes the URL as the policy text itself.
    ParseResult v2 =
        OperationParser.parse(
            IAM.operation("put-role-policy").orElseThrow(),
            List.of(
                "--role-name",
                "r",
                "--policy-name",
                "p",
                "--policy-document",
                "https://example.com/p.json"),
            ParseContext.of(CliVersion.V2, ParamFiles.none()));
    assertEquals(
        "https://example.com/p.json", v2.request().orElseThrow().get("PolicyDocument").textValue());
  }

  @Test
  void helpAsTheOnlyWordOrAmongOptions() {
    var op = EC2.operation("create-vpc").orElseThrow();
    var ctx = ParseContext.of(CliVersion.V2, ParamFiles.none());
    assertInstanceOf(ParseResult.Help.class, OperationParser.parse(op, List.of("help"), ctx));
    assertInstanceOf(
        ParseResult.Help.class,
        OperationParser.parse(op, List.of("--cidr-block", "10.0.0.0/16", "help"), ctx));
  }

  @Test
  void optionsListCustomizationsAndHideReplacedMembers() {
    List<String> names =
        OperationParser.options(
                EC2.operation("authorize-security-group-ingress").orElseThrow(), CliVersion.V2)
            .stream()
            .map(OptionInfo::name)
            .toList();
    assertTrue(names.containsAll(List.of("--protocol", "--port", "--cidr", "--source-group")));
    assertTrue(!names.contains("--ip-protocol") && !names.contains("--cidr-ip"));
    assertTrue(names.containsAll(List.of("--cli-input-json", "--cli-input-yaml")));

    List<OptionInfo> subnet =
        OperationParser.options(EC2.operation("create-subnet").orElseThrow(), CliVersion.V1);
    OptionInfo vpcId =
        subnet.stream().filter(o -> o.name().equals("--vpc-id")).findFirst().orElseThrow();
    assertTrue(vpcId.required());
    assertEquals(OptionInfo.ValueKind.ONE, vpcId.value());

    List<OptionInfo> vpcs =
        OperationParser.options(EC2.operation("describe-vpcs").orElseThrow(), CliVersion.V1);
    assertTrue(vpcs.stream().noneMatch(o -> o.name().equals("--next-token")));
    assertTrue(vpcs.stream().anyMatch(o -> o.name().equals("--max-items")));
    OptionInfo tenancy =
        OperationParser.options(EC2.operation("create-vpc").orElseThrow(), CliVersion.V1).stream()
            .filter(o -> o.name().equals("--instance-tenancy"))
            .findFirst()
            .orElseThrow();
    assertEquals(List.of("default", "dedicated", "host"), tenancy.enumValues());
  }

  @Test
  void pagingIsReportedBesideTheRequest() {
    ParseResult r =
        OperationParser.parse(
            EC2.operation("describe-vpcs").orElseThrow(),
            List.of("--max-items", "5", "--page-size", "2"),
            ParseContext.of(CliVersion.V2, ParamFiles.none()));
    ParseResult.Call call = assertInstanceOf(ParseResult.Call.class, r);
    ParseResult.Paging paging = call.paging().orElseThrow();
    assertTrue(paging.enabled());
    assertEquals(5, paging.maxItems().orElseThrow().intValue());
    assertEquals(2, paging.pageSize().orElseThrow().intValue());
    assertTrue(call.params().isEmpty());
  }
}
