package dev.vpclab.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpclab.shell.syntax.Completeness;
import dev.vpclab.shell.syntax.LineTokens;
import dev.vpclab.shell.syntax.ParseResult;
import dev.vpclab.shell.syntax.Quoting;
import dev.vpclab.shell.syntax.ShellSyntax;
import dev.vpclab.shell.syntax.Span;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties over arbitrary text: quoting round-trips, and nothing typed breaks the parser. */
class QuotingPropertiesTest {

  /** Text full of what the shell treats specially. */
  @Provide
  Arbitrary<String> shellText() {
    return Arbitraries.strings()
        .withChars("aZ09 -_./\t\n'\"\\$`*?[]{}()|&;<>#~!=,:%^")
        .withCharRange('\u00e0', '\u00e9')
        .ofMaxLength(24);
  }

  @Property(tries = 300)
  void quotingThenParsingGivesTheTextBackAsOneArgument(@ForAll("shellText") String text) {
    var session = new Session();
    ShellRun run = session.run("printf '%s' " + Quoting.quote(text));
    assertEquals(text, run.stdout());
  }

  @Property(tries = 300)
  void quotedTextAssignsUnchanged(@ForAll("shellText") String text) {
    var session = new Session();
    session.run("X=" + Quoting.quote(text));
    assertEquals(text, session.context.variable("X").orElseThrow());
  }

  @Property(tries = 300)
  void ansiCQuotingRoundTrips(@ForAll("shellText") String text) {
    var session = new Session();
    assertEquals(text, session.run("printf '%s' " + Quoting.ansiC(text)).stdout());
  }

  @Property(tries = 300)
  void typedWordsPrintBackAsTyped(@ForAll("shellText") String text) {
    ParseResult first = ShellSyntax.parse("echo " + Quoting.quote(text));
    var words = ((ParseResult.Parsed) first).script().statements().get(0).commands().first();
    String retyped =
        ((dev.vpclab.shell.syntax.CommandNode.Simple) words.commands().get(0))
            .words()
            .get(1)
            .toSource();
    assertEquals(first, ShellSyntax.parse("echo " + retyped));
  }

  @Property(tries = 500)
  void anythingTypedParsesOrFailsCleanly(@ForAll("shellText") String line) {
    ParseResult result = ShellSyntax.parse(line);
    Completeness completeness = ShellSyntax.isComplete(line);
    if (result instanceof ParseResult.Parsed) {
      assertEquals(true, completeness != Completeness.INVALID, line);
    }
    LineTokens tokens = ShellSyntax.tokenize(line);
    int previousEnd = 0;
    for (Span span : tokens.spans()) {
      assertEquals(true, span.start() >= previousEnd && span.end() <= line.length(), line);
      previousEnd = span.end();
    }
    tokens.completionAt(line.length());
  }

  @Property(tries = 200)
  void anythingTypedRunsWithoutBreakingTheShell(@ForAll("shellText") String line) {
    var session = new Session();
    ShellRun run = session.run(line);
    assertEquals(true, run.exitStatus() >= 0, line);
  }
}
