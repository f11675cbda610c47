package dev.vpclab.shell.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclab.shell.syntax.AndOrList.Connector;
import dev.vpclab.shell.syntax.WordPart.CommandSubstitution;
import dev.vpclab.shell.syntax.WordPart.DoubleQuoted;
import dev.vpclab.shell.syntax.WordPart.Escaped;
import dev.vpclab.shell.syntax.WordPart.Literal;
import dev.vpclab.shell.syntax.WordPart.Parameter;
import dev.vpclab.shell.syntax.WordPart.Parameter.Operator;
import dev.vpclab.shell.syntax.WordPart.SingleQuoted;
import dev.vpclab.shell.syntax.WordPart.Tilde;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParserTest {

  static Script parse(String source) {
    ParseResult result = ShellSyntax.parse(source);
    if (result instanceof ParseResult.Failed failed) {
      throw new AssertionError("did not parse: " + failed.error());
    }
    return ((ParseResult.Parsed) result).script();
  }

  static SyntaxError error(String source) {
    return assertInstanceOf(ParseResult.Failed.class, ShellSyntax.parse(source)).error();
  }

  static CommandNode.Simple only(String source) {
    Script script = parse(source);
    assertEquals(1, script.statements().size());
    AndOrList list = script.statements().get(0).commands();
    assertTrue(list.rest().isEmpty());
    assertEquals(1, list.first().commands().size());
    return assertInstanceOf(CommandNode.Simple.class, list.first().commands().get(0));
  }

  static Word word(WordPart... parts) {
    return Word.of(parts);
  }

  static Word lit(String text) {
    return Word.literal(text);
  }

  @Test
  void plainWords() {
    assertEquals(CommandNode.Simple.of(lit("ls"), lit("-l"), lit("/tmp")), only("ls -l   /tmp"));
  }

  @Test
  void emptyAndCommentOnlyInputIsAnEmptyScript() {
    assertTrue(parse("").isEmpty());
    assertTrue(parse("   \n\n").isEmpty());
    assertTrue(parse("# just a comment").isEmpty());
  }

  @Test
  void commentStartsOnlyAtAWord() {
    assertEquals(CommandNode.Simple.of(lit("echo"), lit("a#b")), only("echo a#b # the rest"));
  }

  @Test
  void quotesAndEscapes() {
    CommandNode.Simple c =
        only("aws ec2 create-tags --tags Key=Name,Value='My VPC' \"a $X\" \\$HOME");
    assertEquals(
        List.of(
            lit("aws"),
            lit("ec2"),
            lit("create-tags"),
            lit("--tags"),
            word(new Literal("Key=Name,Value="), new SingleQuoted("My VPC")),
            word(DoubleQuoted.of(new Literal("a "), Parameter.simple("X"))),
            word(new Escaped("$"), new Literal("HOME"))),
        c.words());
  }

  @Test
  void backslashInsideDoubleQuotesEscapesOnlyFourCharacters() {
    assertEquals(
        word(DoubleQuoted.of(new Literal("a\\nb\"$`\\"))),
        only("echo \"a\\nb\\\"\\$\\`\\\\\"").words().get(1));
  }

  @Test
  void ansiCQuotingDecodes() {
    assertEquals(word(new SingleQuoted("a\tb'c\n")), only("echo $'a\\tb\\'c\\n'").words().get(1));
  }

  @Test
  void parameters() {
    CommandNode.Simple c = only("echo $VPC ${VPC} $? $1 ${#VPC} ${X:-def ault} $ \"$\"");
    assertEquals(
        List.of(
            lit("echo"),
            word(Parameter.simple("VPC")),
            word(Parameter.braced("VPC")),
            word(Parameter.simple("?")),
            word(Parameter.simple("1")),
            word(new Parameter("VPC", Operator.LENGTH, null, true)),
            word(new Parameter("X", Operator.USE_DEFAULT, lit("def ault"), true)),
            lit("$"),
            word(DoubleQuoted.of(new Literal("$")))),
        c.words());
  }

  @Test
  void unknownBracedFormIsKeptAsBadSubstitution() {
    assertEquals(
        word(new Parameter("a b", Operator.BAD_SUBSTITUTION, null, true)),
        only("echo ${a b}").words().get(1));
  }

  @Test
  void commandSubstitutionNestsInsideQuotes() {
    CommandNode.Simple c = only("VPC=$(aws ec2 create-vpc --query \"$(echo Vpc.VpcId)\")");
    assertEquals(1, c.assignments().size());
    Assignment a = c.assignments().get(0);
    assertEquals("VPC", a.name());
    var sub = assertInstanceOf(CommandSubstitution.class, a.value().parts().get(0));
    assertEquals("aws ec2 create-vpc --query \"$(echo Vpc.VpcId)\"", sub.source());
    CommandNode.Simple inner =
        (CommandNode.Simple) sub.script().statements().get(0).commands().first().commands().get(0);
    var quoted = assertInstanceOf(DoubleQuoted.class, inner.words().get(4).parts().get(0));
    var innerSub = assertInstanceOf(CommandSubstitution.class, quoted.parts().get(0));
    assertEquals("echo Vpc.VpcId", innerSub.source());
  }

  @Test
  void backquotesAreCommandSubstitution() {
    var sub =
        assertInstanceOf(
            CommandSubstitution.class,
            only("echo `echo \\`hostname\\``").words().get(1).parts().get(0));
    assertTrue(sub.backquoted());
    assertEquals("echo `hostname`", sub.source());
  }

  @Test
  void tildeOnlyAtWordStartAndInAssignments() {
    CommandNode.Simple c = only("P=~/x:~/y cat ~/.aws/config a~ '~' ~root x=~");
    assertEquals(
        word(new Tilde(""), new Literal("/x:"), new Tilde(""), new Literal("/y")),
        c.assignments().get(0).value());
    assertEquals(word(new Tilde(""), new Literal("/.aws/config")), c.words().get(1));
    assertEquals(lit("a~"), c.words().get(2));
    assertEquals(word(new SingleQuoted("~")), c.words().get(3));
    assertEquals(word(new Tilde("root")), c.words().get(4));
    // bash expands ~ after = in any word that looks like an assignment: `echo x=~` prints x=/root
    assertEquals(word(new Literal("x="), new Tilde("")), c.words().get(5));
  }

  @Test
  void quotedTildeIsLiteral() {
    // bash -c 'echo ~"/x" ~\\/x' prints ~/x ~/x
    assertEquals(
        word(new Literal("~"), DoubleQuoted.of(new Literal("/x"))),
        only("echo ~\"/x\"").words().get(1));
    assertEquals(
        word(new Literal("~"), new Escaped("/"), new Literal("x")),
        only("echo ~\\/x").words().get(1));
  }

  @Test
  void assignmentsBeforeCommandAndAlone() {
    CommandNode.Simple c = only("AWS_DEFAULT_REGION=us-east-1 aws s3 ls");
    assertEquals(List.of(new Assignment("AWS_DEFAULT_REGION", lit("us-east-1"))), c.assignments());
    assertEquals(3, c.words().size());
    CommandNode.Simple alone = only("X=1 Y= Z+=2");
    assertEquals(
        List.of(
            new Assignment("X", lit("1")),
            new Assignment("Y", Word.of()),
            new Assignment("Z", lit("2"), true)),
        alone.assignments());
    assertTrue(alone.words().isEmpty());
    // after the command name, NAME=value is an argument
    assertEquals(lit("A=1"), only("export A=1").words().get(1));
  }

  @Test
  void redirections() {
    CommandNode.Simple c = only("cmd >out 2>err <in >>log 2>&1 &>both 3< x");
    assertEquals(
        List.of(
            new Redirect.ToFile(1, Redirect.Mode.WRITE, lit("out")),
            new Redirect.ToFile(2, Redirect.Mode.WRITE, lit("err")),
            new Redirect.ToFile(0, Redirect.Mode.READ, lit("in")),
            new Redirect.ToFile(1, Redirect.Mode.APPEND, lit("log")),
            new Redirect.Duplicate(2, lit("1"), true),
            new Redirect.ToFile(1, Redirect.Mode.WRITE_BOTH, lit("both")),
            new Redirect.ToFile(3, Redirect.Mode.READ, lit("x"))),
        c.redirects());
    assertEquals(List.of(lit("cmd")), c.words());
  }

  @Test
  void redirectionMayComeFirst() {
    CommandNode.Simple c = only("> K.pem aws ec2 create-key-pair");
    assertEquals(List.of(lit("aws"), lit("ec2"), lit("create-key-pair")), c.words());
    assertEquals(1, c.redirects().size());
  }

  @Test
  void digitsNotTouchingARedirectionAreAWord() {
    assertEquals(List.of(lit("echo"), lit("2")), only("echo 2 >x").words());
  }

  @Test
  void listsAndPipelines() {
    Script s = parse("a | b && c || d; e &\nf");
    assertEquals(3, s.statements().size());
    AndOrList first = s.statements().get(0).commands();
    assertEquals(2, first.first().commands().size());
    assertEquals(Connector.AND, first.rest().get(0).connector());
    assertEquals(Connector.OR, first.rest().get(1).connector());
    assertTrue(s.statements().get(1).background());
    assertFalse(s.statements().get(2).background());
  }

  @Test
  void continuationLinesJoin() {
    assertEquals(
        CommandNode.Simple.of(lit("aws"), lit("ec2"), lit("describe-vpcs")),
        only("aws ec2 \\\n  describe-vpcs"));
    assertEquals(List.of(lit("echo"), lit("ab")), only("echo a\\\nb").words());
  }

  @Test
  void newlineAfterOperatorContinuesTheList() {
    Script s = parse("true &&\n\n echo ok |\n cat");
    assertEquals(1, s.statements().size());
  }

  @Test
  void negationSubshellAndGroup() {
    Pipeline p = parse("! true").statements().get(0).commands().first();
    assertTrue(p.negated());
    CommandNode sub =
        parse("(cd /tmp; ls) > out").statements().get(0).commands().first().commands().get(0);
    var subshell = assertInstanceOf(CommandNode.Subshell.class, sub);
    assertEquals(2, subshell.body().statements().size());
    assertEquals(1, subshell.redirects().size());
    CommandNode group =
        parse("{ echo a; echo b; }").statements().get(0).commands().first().commands().get(0);
    assertEquals(2, assertInstanceOf(CommandNode.Group.class, group).body().statements().size());
  }

  @Test
  void hereDocuments() {
    CommandNode.Simple c = only("cat > policy.json <<EOF\n{\"Vpc\": \"$VPC\"}\nEOF");
    var doc = assertInstanceOf(Redirect.HereDoc.class, c.redirects().get(1));
    assertEquals("EOF", doc.delimiter());
    assertTrue(doc.expand());
    assertEquals(
        word(new Literal("{\"Vpc\": \""), Parameter.simple("VPC"), new Literal("\"}\n")),
        doc.body());
    CommandNode.Simple quoted = only("cat <<'EOF'\n$HOME\n\tEOF\nEOF\n");
    var literal = assertInstanceOf(Redirect.HereDoc.class, quoted.redirects().get(0));
    assertFalse(literal.expand());
    assertEquals(lit("$HOME\n\tEOF\n"), literal.body());
    Script two = parse("cat <<-END\n\tindented\n\tEND\necho after");
    assertEquals(2, two.statements().size());
    var stripped =
        (CommandNode.Simple) two.statements().get(0).commands().first().commands().get(0);
    assertEquals(lit("indented\n"), ((Redirect.HereDoc) stripped.redirects().get(0)).body());
  }

  @Test
  void hereDocumentThenMoreCommands() {
    Script s = parse("cat <<A; echo x\none\nA\necho y");
    assertEquals(3, s.statements().size());
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = "=>",
      textBlock =
          """
          echo a;; => syntax error near unexpected token `;;'
          ; echo => syntax error near unexpected token `;'
          | echo => syntax error near unexpected token `|'
          && echo => syntax error near unexpected token `&&'
          echo > => syntax error near unexpected token `newline'
          echo > ; => syntax error near unexpected token `;'
          echo ) => syntax error near unexpected token `)'
          echo ( => syntax error near unexpected token `newline'
          echo a | | b => syntax error near unexpected token `|'
          echo a & ; => syntax error near unexpected token `;'
          fi => syntax error near unexpected token `fi'
          echo a >> > => syntax error near unexpected token `>'
          echo a 2>& => syntax error near unexpected token `newline'
          () => syntax error near unexpected token `)'
          """)
  void syntaxErrorsWordedAsBash(String source, String message) {
    // each message checked with `bash -i` 5.2.15 on this machine
    SyntaxError e = error(source.strip());
    assertEquals(message, e.message());
    assertFalse(e.incomplete());
  }

  @Test
  void incompleteInputErrors() {
    // checked with `printf '%s\n' "$line" | bash -i`
    assertEquals("unexpected EOF while looking for matching `\"'", error("echo \"abc").message());
    assertEquals("unexpected EOF while looking for matching `''", error("echo 'abc").message());
    assertEquals("unexpected EOF while looking for matching `)'", error("echo $(echo a").message());
    assertEquals("unexpected EOF while looking for matching `}'", error("echo ${x").message());
    assertEquals("unexpected EOF while looking for matching ``'", error("echo `echo").message());
    assertEquals("syntax error: unexpected end of file", error("echo a ||").message());
    assertEquals("syntax error: unexpected end of file", error("(echo").message());
    assertEquals(
        "warning: here-document at line 1 delimited by end-of-file (wanted `EOF')",
        error("cat <<EOF").message());
    assertTrue(error("echo a |").incomplete());
  }

  @Test
  void loopsAreReportedAsNotSimulated() {
    SyntaxError e = error("for i in 1 2; do echo $i; done");
    assertTrue(e.unsupported());
    assertTrue(e.message().startsWith("vpclab: `for' is not simulated"));
  }

  @Test
  void braceExpansions() {
    assertEquals(
        word(new Literal("file"), new WordPart.Brace(List.of(Word.of(), lit(".bak")))),
        only("cp file{,.bak}").words().get(1));
    assertEquals(
        word(new WordPart.Brace(List.of(lit("1"), lit("2"), lit("3")))),
        only("echo {1..3}").words().get(1));
    // no comma, a blank, or quotes around it: not an expansion
    assertEquals(lit("{a}"), only("echo {a}").words().get(1));
    assertEquals(2, only("echo {a, b}").words().size() - 1);
    assertEquals(
        word(DoubleQuoted.of(new Literal("{a,b}"))), only("echo \"{a,b}\"").words().get(1));
    // a group is not a brace expansion
    assertInstanceOf(
        CommandNode.Group.class,
        parse("{ echo a; }").statements().get(0).commands().first().commands().get(0));
  }

  @Test
  void toSourceRetypesAWord() {
    Word w = only("echo \"a $X\"'b'\\c${Y:-z}$(ls)~").words().get(1);
    assertEquals("\"a $X\"'b'\\c${Y:-z}$(ls)~", w.toSource());
  }
}
