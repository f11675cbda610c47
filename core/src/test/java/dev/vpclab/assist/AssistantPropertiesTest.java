package dev.vpclab.assist;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Whatever is typed and wherever the cursor is, the assistant answers without failing, and its
 * answers fit the line: anchors before the cursor, spans in order inside the line. The assistant is
 * strict here, so a bug throws instead of being swallowed.
 */
class AssistantPropertiesTest {
  /** Words that reach deep into the completers, and the shell's special characters. */
  private static final List<String> VOCABULARY =
      List.of(
          "aws",
          "ec2",
          "iam",
          "s3",
          "s3api",
          "configure",
          "set",
          "create-subnet",
          "describe-vpcs",
          "run-instances",
          "create-tags",
          "--vpc-id",
          "--filters",
          "--query",
          "--region",
          "--output",
          "--tag-specifications",
          "--iam-instance-profile",
          "--resources",
          "--cli-input-json",
          "--generate-cli-skeleton",
          "--vpc-ids=",
          "Name=",
          "Values=",
          "ResourceType=",
          "Tags=[{Key=",
          "Name=tag:Name,Values=",
          "Reservations[].Instances[].",
          "Vpc.",
          "file://",
          "fileb://",
          "s3://",
          "s3://lab/",
          "~/",
          "/help",
          "/set",
          "/open",
          "/resources",
          "$VPC",
          "${",
          "$(",
          ")",
          "`",
          "'",
          "\"",
          "|",
          "&&",
          ";",
          ">",
          "2>&1",
          "#",
          "\\",
          "\n",
          " ",
          " ",
          " ",
          "=",
          ",",
          "[",
          "]",
          "{",
          "}",
          "vpc-",
          "us-west-2",
          "ssh",
          "scp",
          "sudo",
          "-i",
          "ec2-user@",
          "cd",
          "~");

  private Typing typing;

  @BeforeProperty
  void session() {
    typing =
        Typing.session()
            .run(
                "VPC=$(aws ec2 create-vpc --cidr-block 10.0.0.0/16 --tag-specifications"
                    + " 'ResourceType=vpc,Tags=[{Key=Name,Value=MyVPC}]' --query Vpc.VpcId"
                    + " --output text)",
                "aws s3api create-bucket --bucket lab --create-bucket-configuration"
                    + " LocationConstraint=us-east-2",
                "aws s3api put-object --bucket lab --key a/b.txt",
                "echo '{}' > trust.json");
  }

  @Provide
  Arbitrary<String> typedLines() {
    Arbitrary<String> words = Arbitraries.of(VOCABULARY);
    Arbitrary<String> noise =
        Arbitraries.strings().withChars("aZ09 -_./\t'\"\\$`*?[]{}()|&;<>#~!=,:").ofMaxLength(6);
    return Arbitraries.oneOf(words, words, words, noise)
        .list()
        .ofMaxSize(12)
        .map(parts -> String.join("", parts));
  }

  @Property(tries = 1500)
  void completionNeverFailsAndAnchorsBeforeTheCursor(
      @ForAll("typedLines") String line, @ForAll("cursors") int cursor) {
    Completions completions = typing.assistant.complete(line, cursor);
    int at = Math.max(0, Math.min(cursor, line.length()));
    assertTrue(0 <= completions.anchor() && completions.anchor() <= at, () -> line + " @" + cursor);
  }

  @Property(tries = 1500)
  void highlightingNeverFailsAndStaysInTheLine(@ForAll("typedLines") String line) {
    List<Highlight> spans = typing.highlight(line);
    int previousEnd = 0;
    for (Highlight h : spans) {
      assertTrue(previousEnd <= h.start() && h.start() < h.end() && h.end() <= line.length(), line);
      previousEnd = h.end();
    }
  }

  @Property(tries = 1500)
  void inspectionNeverFails(@ForAll("typedLines") String line, @ForAll("cursors") int cursor) {
    typing.inspect(line, cursor);
  }

  /** Cursors inside lines, and a few outside them, as a careless front end might send. */
  @Provide
  Arbitrary<Integer> cursors() {
    return Arbitraries.integers().between(-2, 60);
  }
}
