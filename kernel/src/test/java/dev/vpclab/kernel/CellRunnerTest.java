package dev.vpclab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclab.Vpclab;
import dev.vpclab.outcome.Outcome;
import dev.vpclab.outcome.Part;
import dev.vpclab.shell.Terminal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CellRunnerTest {
  private final Vpclab vpclab = Vpclab.start(Terminal.NONE, Path.of("."));
  private final List<Emission> out = new ArrayList<>();

  private Optional<Emission.Failure> run(String cell) {
    return new CellRunner(vpclab::eval).run(cell, true, out::add, () -> false);
  }

  @Test
  void aCellRunsItsInputsInOrderAsTheReplRunsAFile() {
    assertEquals(Optional.empty(), run("X=one\necho \"$X\" \\\n  two\n\necho 'three\nfour'"));
    assertEquals(
        List.of(
            new Emission.Stream(Part.Stream.STDOUT, "one two\n"),
            new Emission.Stream(Part.Stream.STDOUT, "three\nfour\n")),
        out);
    assertEquals(
        List.of("X=one", "echo \"$X\" \\\n  two", "echo 'three\nfour'"),
        vpclab.history().entries());
  }

  @Test
  void aFailingProgramIsOutputAndTheCellGoesOn() {
    assertEquals(Optional.empty(), run("cat no-such-file\necho after"));
    assertEquals(
        new Emission.Stream(Part.Stream.STDERR, "cat: no-such-file: No such file or directory\n"),
        out.get(0));
    assertEquals(new Emission.Stream(Part.Stream.STDOUT, "after\n"), out.get(1));
  }

  @Test
  void aVpclabProblemIsOneErrorNamedByItsCodeAndStopsTheCell() {
    Optional<Emission.Failure> failure = run("echo before\n/no-such-command\necho never");
    assertEquals("UnknownCommand", failure.orElseThrow().name());
    assertEquals(
        List.of("vpclab: unknown command /no-such-command; /help lists vpclab's commands"),
        failure.get().traceback());
    assertEquals(List.of(new Emission.Stream(Part.Stream.STDOUT, "before\n"), failure.get()), out);
  }

  @Test
  void aScriptRunByOpenShowsAllItDidThenItsFirstProblem(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("s.vpc"), "echo one\n/nope\necho two\n/nope2\n");
    Vpclab there = Vpclab.start(Terminal.NONE, dir);
    Optional<Emission.Failure> failure =
        new CellRunner(there::eval).run("/open s.vpc\necho never", true, out::add, () -> false);
    assertEquals("UnknownCommand", failure.orElseThrow().name());
    assertEquals(new Emission.Stream(Part.Stream.STDOUT, "one\n"), out.get(0));
    assertEquals(new Emission.Stream(Part.Stream.STDOUT, "two\n"), out.get(1));
    Emission.Display second = assertInstanceOf(Emission.Display.class, out.get(2));
    assertEquals(
        "vpclab: unknown command /nope2; /help lists vpclab's commands",
        second.bundle().plainText());
    assertEquals(failure.get(), out.get(3));
    assertEquals(4, out.size());
  }

  @Test
  void anyThrowableIsAnInternalErrorAndTheCellStops() {
    CellRunner.Evaluator broken =
        (input, remember) -> {
          if (input.equals("boom")) {
            throw new OutOfMemoryError("Java heap space");
          }
          return vpclab.eval(input, remember);
        };
    Optional<Emission.Failure> failure =
        new CellRunner(broken).run("echo one\nboom\necho never", true, out::add, () -> false);
    assertEquals("InternalError", failure.orElseThrow().name());
    assertTrue(failure.get().message().contains("java.lang.OutOfMemoryError: Java heap space"));
    assertEquals(2, out.size());
  }

  @Test
  void anInterruptedCellStopsBeforeItsNextInput() {
    var asked = new int[1];
    Optional<Emission.Failure> failure =
        new CellRunner(vpclab::eval)
            .run("echo one\necho two\necho three", true, out::add, () -> ++asked[0] > 1);
    assertEquals("Interrupted", failure.orElseThrow().name());
    assertEquals("interrupted after 1 of 3 inputs; the rest did not run", failure.get().message());
    assertEquals(new Emission.Stream(Part.Stream.STDOUT, "one\n"), out.get(0));
  }

  @Test
  void notRememberingKeepsInputsOutOfHistory() {
    new CellRunner(vpclab::eval).run("echo quiet", false, out::add, () -> false);
    assertEquals(List.of(), vpclab.history().entries());
  }

  @Test
  void theLastInputsApiResponseIsTheResultEarlierOnesAreDisplays() {
    run("aws sts get-caller-identity\naws sts get-caller-identity --query '{A: Account}'");
    Emission.Display first = assertInstanceOf(Emission.Display.class, out.get(0));
    assertEquals(
        "{\"UserId\":\"AIDAQ3EGVS4Z7LUNTJ5XM\",\"Account\":\"123456789012\","
            + "\"Arn\":\"arn:aws:iam::123456789012:user/admin\"}",
        first.bundle().data().get(MimeBundle.JSON));
    Emission.Result last = assertInstanceOf(Emission.Result.class, out.get(1));
    assertEquals(
        List.of(MimeBundle.PLAIN, MimeBundle.JSON), List.copyOf(last.bundle().data().keySet()));
    assertEquals("{\n    \"A\": \"123456789012\"\n}", last.bundle().plainText());
  }

  @Test
  void onlyAnAwsCommandsWholeJsonDocumentIsShownAsJson() {
    run("echo '{\"a\": 1}'\naws sts get-caller-identity --query Account\necho done");
    assertEquals(
        List.of(
            new Emission.Stream(Part.Stream.STDOUT, "{\"a\": 1}\n"),
            new Emission.Stream(Part.Stream.STDOUT, "\"123456789012\"\n"),
            new Emission.Stream(Part.Stream.STDOUT, "done\n")),
        out);
  }

  @Test
  void notesTablesAndTracesAreDisplaysWithTheReplsTextBesideHtml() {
    run("aws ec2 create-vpc --cidr-block 10.0.0.0/16 --query Vpc.VpcId --output text");
    Emission.Display notes = assertInstanceOf(Emission.Display.class, out.get(1));
    assertTrue(notes.bundle().plainText().startsWith("» created VPC vpc-"), notes.toString());
    assertTrue(notes.bundle().data().get(MimeBundle.HTML).startsWith("<div style="));
    out.clear();
    run("/resources\n/explain");
    Emission.Display table = assertInstanceOf(Emission.Display.class, out.get(0));
    assertTrue(table.bundle().plainText().startsWith("TYPE  ID"), table.toString());
    assertTrue(table.bundle().data().get(MimeBundle.HTML).startsWith("<table"));
    Emission.Display trace = assertInstanceOf(Emission.Display.class, out.get(1));
    assertTrue(trace.bundle().plainText().startsWith("trace 1: aws ec2 create-vpc"));
    assertTrue(trace.bundle().data().get(MimeBundle.HTML).contains("<ol "));
  }

  @Test
  void exitSaysItDoesNothingAndTheCellGoesOn() {
    assertEquals(Optional.empty(), run("/exit\necho still here"));
    Emission.Display note = assertInstanceOf(Emission.Display.class, out.get(0));
    assertEquals(
        "» /exit does nothing in Jupyter: restart the kernel for a fresh account",
        note.bundle().plainText());
    assertEquals(new Emission.Stream(Part.Stream.STDOUT, "still here\n"), out.get(1));
  }

  @Test
  void anEmptyCellDoesNothing() {
    assertEquals(Optional.empty(), run("\n  \n"));
    assertEquals(List.of(), out);
  }

  @Test
  void outcomeWithoutPartsEmitsNothing() {
    assertEquals(
        List.of(), new OutcomeEmissions().of("true", new Outcome(List.of(), 0, false), true));
  }

  @Test
  void aDiagramIsTheReplsDrawingBesideSvg() {
    run(
        "aws ec2 create-vpc --cidr-block 10.0.0.0/16 --tag-specifications"
            + " 'ResourceType=vpc,Tags=[{Key=Name,Value=MyVPC}]' --output text > /dev/null");
    out.clear();
    run("/diagram");
    Emission.Display diagram = assertInstanceOf(Emission.Display.class, out.get(0));
    assertEquals(
        List.of(MimeBundle.PLAIN, MimeBundle.SVG), List.copyOf(diagram.bundle().data().keySet()));
    assertTrue(diagram.bundle().plainText().contains("MyVPC"), diagram.toString());
    assertTrue(diagram.bundle().data().get(MimeBundle.SVG).startsWith("<svg"), diagram.toString());
  }

  @Test
  void aDescribeResponseIsAlsoAnHtmlTableOfItsItems() {
    run("aws ec2 describe-vpcs");
    Emission.Result result = assertInstanceOf(Emission.Result.class, out.get(0));
    assertEquals(
        List.of(MimeBundle.PLAIN, MimeBundle.JSON, MimeBundle.HTML),
        List.copyOf(result.bundle().data().keySet()));
    assertTrue(result.bundle().data().get(MimeBundle.HTML).contains("172.31.0.0/16"));
  }
}
