package dev.vpclab.cli.args;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.vpclab.cli.CliVersion;
import dev.vpclab.cli.spec.OperationSpec;
import dev.vpclab.cli.spec.ServiceSpec;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever words a learner types after an operation, parsing ends in a result — a request, a
 * skeleton, help or the CLI's error — and never in an exception.
 */
class JunkWordsTest {
  private static final List<OperationSpec> OPERATIONS = new ArrayList<>();

  static {
    for (String s : List.of("ec2", "iam", "s3api", "sts", "ssm", "dynamodb")) {
      OPERATIONS.addAll(ServiceSpec.load(s).operations());
    }
  }

  @Property(tries = 3000)
  void junkNeverThrows(
      @ForAll("operations") OperationSpec operation,
      @ForAll("words") List<String> words,
      @ForAll CliVersion version) {
    ParseResult result =
        OperationParser.parse(
            operation, words, ParseContext.of(version, OracleTest.fixtureFiles()));
    assertNotNull(result);
    result
        .refusal()
        .ifPresent(
            e -> {
              assertFalse(e.message().isEmpty());
              assertFalse(e.stderr(version).isEmpty());
            });
  }

  @Provide
  Arbitrary<OperationSpec> operations() {
    return Arbitraries.of(OPERATIONS);
  }

  @Provide
  Arbitrary<List<String>> words() {
    Arbitrary<String> option =
        Arbitraries.of(
            "--cidr-block",
            "--vpc-id",
            "--tags",
            "--filters",
            "--dry-run",
            "--no-dry-run",
            "--max-items",
            "--page-size",
            "--starting-token",
            "--cli-input-json",
            "--generate-cli-skeleton",
            "--protocol",
            "--port",
            "--cidr",
            "--count",
            "--ip-permissions",
            "--tag-specifications",
            "--enable-dns-hostnames",
            "--no-enable-dns-hostnames",
            "--instance-ids",
            "--role-name",
            "--bucket",
            "--key",
            "--assume-role-policy-document",
            "--policy-document",
            "--network-interfaces",
            "--associate-public-ip-address",
            "--secondary-private-ip-addresses",
            "--",
            "-",
            "-1",
            "--c",
            "--d",
            "--n",
            "help",
            "output",
            "input",
            "--x=y",
            "--vpc-id=",
            "outfile");
    Arbitrary<String> value =
        Arbitraries.of(
            "Key=Name,Value=x",
            "ResourceType=vpc,Tags=[{Key=a,Value=b}]",
            "Name=x,Values=a,b",
            "{\"Key\": 1",
            "[1, 2]",
            "{}",
            "[]",
            "",
            " ",
            "file://tags.json",
            "file://bad.json",
            "file://missing",
            "fileb://bin.dat",
            "file://sub",
            "file://list.json",
            "file://input.json",
            "a=b,a=c",
            "a=[",
            "22",
            "1024-65535",
            "x-y",
            "all",
            "300",
            "2:3",
            "1:2:3",
            "tcp",
            "Value=true",
            "\"quoted\"",
            "'single'",
            "\\,",
            "😀=x");
    Arbitrary<String> junk = Arbitraries.strings().ofMaxLength(12);
    Arbitrary<String> word =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, option),
            net.jqwik.api.Tuple.of(4, value),
            net.jqwik.api.Tuple.of(2, junk));
    return word.list().ofMaxSize(10);
  }
}
