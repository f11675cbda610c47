package dev.vpclab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclab.assist.Inspection;
import dev.vpclab.outcome.Note;
import dev.vpclab.outcome.Part;
import dev.vpclab.trace.Component;
import dev.vpclab.trace.Step;
import dev.vpclab.trace.Trace;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {
  private final HtmlRenderer html = new HtmlRenderer();

  @Test
  void escapesEveryCharacterHtmlGivesMeaningTo() {
    assertEquals(
        "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;",
        HtmlRenderer.escape("<script>alert(\"x\" & 'y')</script>"));
  }

  @Test
  void tableCellsAndHeadersAreEscaped() {
    var table =
        new Part.Table(
            "", List.of("TYPE", "<NAME>"), List.of(List.of("vpc", "<b onclick=\"x()\">lab</b>")));
    String out = html.table(table);
    assertTrue(out.contains("<th style="), out);
    assertTrue(out.contains("&lt;NAME&gt;"), out);
    assertTrue(out.contains("&lt;b onclick=&quot;x()&quot;&gt;lab&lt;/b&gt;"), out);
    assertFalse(out.contains("<caption"), "no caption without a title");
    assertSafe(out);
  }

  @Test
  void tableTitleBecomesItsCaption() {
    String out = html.table(new Part.Table("A & B", List.of("N"), List.of(List.of("1"))));
    assertTrue(out.contains("<caption style=\"text-align:left;font-weight:bold\">A &amp; B"), out);
  }

  @Test
  void notesKeepTheirMarkAndLabel() {
    String out =
        html.notes(
            List.of(
                Note.changed("created VPC vpc-1"),
                Note.why("route table rtb-1: no route to 1.2.3.4 [NO_ROUTE]"),
                Note.hint("add a route <here>")));
    assertEquals(3, count(out, "» "));
    assertTrue(out.contains("why:</span> route table rtb-1"), out);
    assertTrue(out.contains("hint:</span> add a route &lt;here&gt;"), out);
    assertSafe(out);
  }

  @Test
  void traceListsEveryStepAndHighlightsTheDecidingOne() {
    var trace =
        new Trace(
            "ssh ec2-user@10.0.2.195 (TCP 22)",
            "connection timed out",
            List.of(
                Step.pass(
                    Component.of(Component.Kind.SECURITY_GROUP, "sg-1", "<web>"), "outbound All"),
                Step.fail(
                    Component.of(Component.Kind.ROUTE_TABLE, "rtb-1", null),
                    "no route to 10.0.2.195",
                    "NO_ROUTE_TO_DESTINATION"),
                Step.info(Component.of(Component.Kind.REGION), "us-east-2")),
            1,
            Optional.of("add a route & retry"));
    String out = html.trace(trace, 7);
    assertTrue(out.contains("trace 7: ssh ec2-user@10.0.2.195 (TCP 22) — "), out);
    assertEquals(3, count(out, "<li "));
    assertEquals(1, count(out, "font-weight:bold;border-left"), "one highlighted step");
    String deciding = out.substring(out.indexOf("font-weight:bold;border-left"));
    assertTrue(deciding.startsWith("font-weight:bold;border-left:3px solid #c62828"), deciding);
    assertTrue(deciding.contains("✘</span> route table rtb-1: no route to 10.0.2.195"), out);
    assertTrue(out.contains("[NO_ROUTE_TO_DESTINATION]"), out);
    assertTrue(out.contains("✔</span> security group sg-1 (&lt;web&gt;): outbound All"), out);
    assertTrue(out.contains("hint:</span> add a route &amp; retry"), out);
    assertSafe(out);
  }

  @Test
  void problemReadsAsInTheTerminal() {
    assertEquals(
        "<div style=\"font-family:monospace;font-size:90%;color:#c62828\">vpclab: no type &lt;x&gt;</div>",
        html.problem(new Part.Problem("UnknownType", "no type <x>")));
  }

  @Test
  void inspectionIsTitleAndPreformattedHelp() {
    String out = html.inspection(new Inspection("create-vpc", "--cidr-block <value>"));
    assertTrue(out.contains(">create-vpc</div>"), out);
    assertTrue(
        out.contains(
            "<pre style=\"margin:4px 0;white-space:pre-wrap\">--cidr-block &lt;value&gt;</pre>"),
        out);
  }

  /** Only inline styles: no scripts, no event handlers, no classes, no external resources. */
  private static void assertSafe(String out) {
    assertFalse(
        Pattern.compile("<script|<[^>]*\\son\\w+=|<[^>]*\\s(class|src|href)=").matcher(out).find(),
        out);
  }

  private static int count(String text, String what) {
    return text.split(Pattern.quote(what), -1).length - 1;
  }
}
