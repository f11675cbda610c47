package dev.vpclab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclab.Vpclab;
import dev.vpclab.shell.Terminal;
import dev.vpclab.shell.syntax.Completeness;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssistTest {
  private final Assist assist = new Assist(Vpclab.start(Terminal.NONE, Path.of(".")));

  private static List<String> texts(Completion completion) {
    return completion.matches().stream().map(Completion.Match::text).toList();
  }

  @Test
  void completesTheInputTheCursorIsIn() {
    String cell = "echo first\naws ec2 create-vp\necho last";
    Completion found = assist.complete(cell, "echo first\naws ec2 create-vp".length());
    assertEquals(List.of("create-vpc", "create-vpc-endpoint"), texts(found));
    assertEquals("echo first\naws ec2 ".length(), found.start());
    assertEquals("echo first\naws ec2 create-vp".length(), found.end());
    assertEquals("operations", found.matches().get(0).group());
  }

  @Test
  void cursorPositionsAreCodePointsBothWays() {
    String cell = "echo 😀😀 && aws ec2 create-vp";
    int end = cell.codePointCount(0, cell.length());
    Completion found = assist.complete(cell, end);
    assertEquals(List.of("create-vpc", "create-vpc-endpoint"), texts(found));
    assertEquals(end - "create-vp".length(), found.start());
    assertEquals(end, found.end());
  }

  @Test
  void aContinuedLineCompletesWithItsWholeInput() {
    String cell = "aws ec2 create-vpc \\\n  --cidr";
    Completion found = assist.complete(cell, cell.length());
    assertEquals(List.of("--cidr-block"), texts(found));
    assertEquals(cell.length() - "--cidr".length(), found.start());
  }

  @Test
  void aBlankLineCompletesCommands() {
    Completion found = assist.complete("echo a\n\n", 8);
    assertEquals(8, found.start());
    assertTrue(texts(found).contains("aws"), texts(found).toString());
  }

  @Test
  void inspectsTheOperationUnderTheCursorAsTextAndHtml() {
    var bundle = assist.inspect("echo x\naws ec2 create-vpc", 25).orElseThrow();
    assertTrue(
        bundle.plainText().startsWith("aws ec2 create-vpc\nCreates a VPC"), bundle.toString());
    assertTrue(
        bundle.data().get(MimeBundle.HTML).startsWith("<div><div style=\"font-weight:bold\">"));
    assertEquals(List.of(MimeBundle.PLAIN, MimeBundle.HTML), List.copyOf(bundle.data().keySet()));
  }

  @Test
  void nothingToInspectInAnEcho() {
    assertTrue(assist.inspect("echo hi", 7).isEmpty());
  }

  @Test
  void aCellIsCompleteIncompleteOrInvalidByItsInputs() {
    assertEquals(Completeness.COMPLETE, assist.isComplete(""));
    assertEquals(Completeness.COMPLETE, assist.isComplete("echo a\n/resources\necho 'b\nc'"));
    assertEquals(Completeness.INCOMPLETE, assist.isComplete("echo a\naws ec2 create-vpc \\"));
    assertEquals(Completeness.INCOMPLETE, assist.isComplete("echo 'open"));
    assertEquals(Completeness.INVALID, assist.isComplete("echo a;;\necho b"));
  }
}
