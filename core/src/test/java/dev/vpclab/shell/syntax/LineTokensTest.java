package dev.vpclab.shell.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LineTokensTest {

  /** The spans as "kind:text" items, for readable expectations. */
  static String spans(String line) {
    LineTokens tokens = ShellSyntax.tokenize(line);
    return tokens.spans().stream()
        .map(s -> s.kind() + ":" + line.substring(s.start(), s.end()))
        .collect(Collectors.joining(" "));
  }

  @Test
  void commandArgumentsAndOptions() {
    assertEquals(
        "COMMAND:aws ARGUMENT:ec2 ARGUMENT:create-vpc OPTION:--cidr-block ARGUMENT:10.0.0.0/16",
        spans("aws ec2 create-vpc --cidr-block 10.0.0.0/16"));
  }

  @Test
  void stringsVariablesAndOperators() {
    assertEquals(
        "COMMAND:aws ARGUMENT:ec2 ARGUMENT:create-tags OPTION:--resources STRING:\" VARIABLE:$VPC"
            + " STRING:\" OPTION:--tags ARGUMENT:Key=Name,Value= STRING:'My VPC' OPERATOR:&&"
            + " COMMAND:echo ARGUMENT:ok OPERATOR:> ARGUMENT:log COMMENT:# done",
        spans(
            "aws ec2 create-tags --resources \"$VPC\" --tags Key=Name,Value='My VPC' && echo ok"
                + " > log # done"));
  }

  @Test
  void assignmentAndSubstitution() {
    assertEquals(
        "ASSIGNMENT:VPC= SUBSTITUTION:$( COMMAND:aws ARGUMENT:ec2 ARGUMENT:create-vpc"
            + " OPTION:--query ARGUMENT:Vpc.VpcId SUBSTITUTION:)",
        spans("VPC=$(aws ec2 create-vpc --query Vpc.VpcId)"));
  }

  @Test
  void unfinishedInputNeverFails() {
    for (String line :
        List.of(
            "echo \"open", "echo 'open", "X=$(aws ec2", "echo ${HOME", "ls |", "\\", "$", "2>")) {
      LineTokens tokens = ShellSyntax.tokenize(line);
      assertFalse(tokens.spans().isEmpty(), line);
      for (Span span : tokens.spans()) {
        assertTrue(0 <= span.start() && span.start() < span.end() && span.end() <= line.length());
      }
    }
  }

  @Test
  void wordsCarryRoleUnquotedTextAndTheirCommand() {
    LineTokens tokens = ShellSyntax.tokenize("ls -l 'My file' | grep \"x y\" > out");
    List<WordToken> words = tokens.words();
    assertEquals(
        List.of("ls", "-l", "My file", "grep", "x y", "out"),
        words.stream().map(WordToken::text).toList());
    assertEquals(
        List.of(
            WordRole.COMMAND,
            WordRole.OPTION,
            WordRole.ARGUMENT,
            WordRole.COMMAND,
            WordRole.ARGUMENT,
            WordRole.REDIRECT_TARGET),
        words.stream().map(WordToken::role).toList());
    assertEquals(List.of("ls", "-l"), words.get(2).precedingWords());
    assertEquals(List.of("grep"), words.get(4).precedingWords());
  }

  @Test
  void wordAtCursor() {
    LineTokens tokens = ShellSyntax.tokenize("aws ec2 describe-vpcs");
    assertEquals("ec2", tokens.wordAt(5).orElseThrow().text());
    assertEquals("ec2", tokens.wordAt(7).orElseThrow().text());
    assertTrue(ShellSyntax.tokenize("aws  ec2").wordAt(4).isEmpty());
  }

  @Test
  void completionInsideAWord() {
    CompletionPoint p = ShellSyntax.tokenize("aws ec2 create-vpc --cid").completionAt(24);
    assertEquals("--cid", p.prefix());
    assertEquals(19, p.start());
    assertEquals(List.of("aws", "ec2", "create-vpc"), p.precedingWords());
    assertEquals(WordRole.OPTION, p.role());
  }

  @Test
  void completionOfANewWord() {
    CompletionPoint p = ShellSyntax.tokenize("aws ec2 ").completionAt(8);
    assertEquals("", p.prefix());
    assertEquals(8, p.start());
    assertEquals(List.of("aws", "ec2"), p.precedingWords());
    assertEquals(WordRole.ARGUMENT, p.role());
    assertEquals(WordRole.COMMAND, ShellSyntax.tokenize("ls | ").completionAt(5).role());
    assertEquals(WordRole.COMMAND, ShellSyntax.tokenize("").completionAt(0).role());
    assertEquals(
        WordRole.REDIRECT_TARGET, ShellSyntax.tokenize("aws ec2 x > ").completionAt(12).role());
  }

  @Test
  void completionInAQuotedWordGivesItsUnquotedPrefixAndTheOpenQuote() {
    CompletionPoint p =
        ShellSyntax.tokenize("aws ec2 create-tags --tags 'Key=Name,Val").completionAt(40);
    assertEquals("Key=Name,Val", p.prefix());
    assertEquals('\'', p.openQuote());
    assertEquals(27, p.start());
  }

  @Test
  void completionInsideAnOpenSubstitution() {
    CompletionPoint p = ShellSyntax.tokenize("VPC=$(aws ec2 desc").completionAt(18);
    assertEquals("desc", p.prefix());
    assertEquals(List.of("aws", "ec2"), p.precedingWords());
    CompletionPoint fresh = ShellSyntax.tokenize("VPC=$(aws ec2 ").completionAt(14);
    assertEquals(List.of("aws", "ec2"), fresh.precedingWords());
    assertEquals(WordRole.ARGUMENT, fresh.role());
    assertEquals(WordRole.COMMAND, ShellSyntax.tokenize("X=$(").completionAt(4).role());
  }

  @Test
  void completionInTheMiddleOfALineLooksOnlyBeforeTheCursor() {
    CompletionPoint p =
        ShellSyntax.tokenize("aws ec2 describe-vpcs --output text").completionAt(10);
    assertEquals("de", p.prefix());
    assertEquals(8, p.start());
    assertEquals(21, p.wordEnd());
  }
}
