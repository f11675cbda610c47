package dev.vpclab.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Word expansion, one case at a time. Each expected value is what {@code bash -c '...'} (GNU bash
 * 5.2.15) printed for the same line, with HOME=/home/learner.
 */
class ExpansionTest {
  private final Session session = new Session();

  private String out(String line) {
    ShellRun run = session.run(line);
    assertEquals("", run.stderr(), line);
    return run.stdout();
  }

  @Test
  void printfShowsTheFieldsAWordBecomes() {
    // bash -c 'X="a   b  c"; printf "[%s]" $X "$X"' prints [a][b][c][a   b  c]
    assertEquals("[a][b][c][a   b  c]", out("X=\"a   b  c\"; printf \"[%s]\" $X \"$X\""));
  }

  @Test
  void emptyUnquotedExpansionsVanishQuotedOnesStay() {
    // bash -c 'E=; printf "[%s]" $E "$E" x$E $NOPE ""' prints [][x][]
    assertEquals("[][x][]", out("E=; printf \"[%s]\" $E \"$E\" x$E $NOPE \"\""));
  }

  @Test
  void splittingJoinsWithNeighbouringText() {
    // bash -c 'X=" 1 2 "; printf "[%s]" a$X"b"' prints [a][1][2][b]
    assertEquals("[a][1][2][b]", out("X=\" 1 2 \"; printf \"[%s]\" a$X\"b\""));
  }

  @Test
  void newlinesAndTabsSplitToo() {
    // bash -c 'X=$(printf "a\tb\nc"); printf "[%s]" $X' prints [a][b][c]
    assertEquals("[a][b][c]", out("X=$(printf \"a\\tb\\nc\"); printf \"[%s]\" $X"));
  }

  @Test
  void customIfs() {
    // bash -c 'IFS=,; X="a,b,,c"; printf "[%s]" $X' prints [a][b][][c]
    assertEquals("[a][b][][c]", out("IFS=,; X=\"a,b,,c\"; printf \"[%s]\" $X"));
    // bash -c 'IFS=; X="a b"; printf "[%s]" $X' prints [a b]
    assertEquals("[a b]", out("IFS=; X=\"a b\"; printf \"[%s]\" $X"));
  }

  @Test
  void assignmentsNeitherSplitNorGlob() {
    // bash -c 'touch a b; X=*; Y=$X; printf "[%s]" "$Y"; Z="1  2"; W=$Z; printf "[%s]" "$W"'
    // prints [*][1  2]
    assertEquals(
        "[*][1  2]",
        out(
            "touch a b; X=*; Y=$X; printf \"[%s]\" \"$Y\"; Z=\"1  2\"; W=$Z; printf \"[%s]\" \"$W\""));
  }

  @Test
  void exportArgumentsAreExpandedLikeAssignments() {
    // bash -c 'X="a  b"; export Y=$X; printf "[%s]" "$Y"' prints [a  b]
    assertEquals("[a  b]", out("X=\"a  b\"; export Y=$X; printf \"[%s]\" \"$Y\""));
  }

  @Test
  void commandSubstitutionStripsOnlyTrailingNewlines() {
    // bash -c 'X=$(printf "\n\na\n\nb\n\n"); printf "[%s]" "$X"' prints [\n\na\n\nb]
    assertEquals(
        "[\n\na\n\nb]", out("X=$(printf \"\\n\\na\\n\\nb\\n\\n\"); printf \"[%s]\" \"$X\""));
  }

  @Test
  void substitutionRunsInASubshell() {
    // bash -c 'X=$(cd /; Y=1; pwd); echo $X $PWD ${Y:-unset}' prints / <cwd> unset
    assertEquals("/ /home/learner unset\n", out("X=$(cd /; Y=1; pwd); echo $X $PWD ${Y:-unset}"));
  }

  @Test
  void quotesInsideSubstitutionInsideQuotes() {
    // bash -c 'echo "$(echo "a  b")"' prints a  b
    assertEquals("a  b\n", out("echo \"$(echo \"a  b\")\""));
  }

  @Test
  void defaultsMayHoldQuotedText() {
    // bash -c 'printf "[%s]" ${N:-"x  y"} ${N:-x  y}' prints [x  y][x][y]
    assertEquals("[x  y][x][y]", out("printf \"[%s]\" ${N:-\"x  y\"} ${N:-x  y}"));
  }

  @Test
  void specialParameters() {
    // bash -c 'false; echo $? $# "$@" ${#}' prints "1 0 0": "$@" without parameters is no word
    assertEquals("1 0 0\n", out("false; echo $? $# \"$@\" ${#}"));
    assertEquals("2417\n", out("echo $$"));
  }

  @Test
  void globbingSkipsHiddenFilesAndSorts() {
    // bash -c 'touch b a .c; echo * .*' prints a b .aws .c (here with ~/.aws present)
    assertEquals("a b .aws .c\n", out("touch b a .c; echo * .*"));
  }

  @Test
  void globCharactersFromVariablesGlob() {
    // bash -c 'touch x1 x2; P="x?"; echo $P "$P"' prints x1 x2 x?
    assertEquals("x1 x2 x?\n", out("touch x1 x2; P=\"x?\"; echo $P \"$P\""));
  }

  @Test
  void bracketExpressions() {
    // bash -c 'touch f1 f2 fa; echo f[0-9] f[!0-9] f[[:alpha:]]' prints f1 f2 fa fa
    assertEquals("f1 f2 fa fa\n", out("touch f1 f2 fa; echo f[0-9] f[!0-9] f[[:alpha:]]"));
  }

  @Test
  void tildeForms() {
    // bash -c 'cd /tmp; echo ~+ ~- ~root ~nobody' prints /tmp <old pwd> /root /nonexistent, the
    // last from the machine's /etc/passwd; the laptop's has no nobody, so the word stays
    assertEquals(
        "/tmp /home/learner /home/learner ~nobody\n", out("cd /tmp; echo ~+ ~- ~learner ~nobody"));
  }

  @Test
  void lengthAndAffixes() {
    // bash -c 'P=/a/b/c.tar.gz; echo ${#P} ${P##*/} ${P%.gz} ${P#/a}' prints
    // 13 c.tar.gz /a/b/c.tar /b/c.tar.gz
    assertEquals(
        "13 c.tar.gz /a/b/c.tar /b/c.tar.gz\n",
        out("P=/a/b/c.tar.gz; echo ${#P} ${P##*/} ${P%.gz} ${P#/a}"));
  }

  @Test
  void arithmetic() {
    // bash -c 'a=7; echo $(( a * (2 + 3) )) $((a % 4)) $((a > 3 ? 10 : 20)) $((2 ** 8)) $((-a))'
    // prints 35 3 10 256 -7
    assertEquals(
        "35 3 10 256 -7\n",
        out("a=7; echo $(( a * (2 + 3) )) $((a % 4)) $((a > 3 ? 10 : 20)) $((2 ** 8)) $((-a))"));
  }

  @Test
  void hereDocumentExpandsButDoesNotSplit() {
    // bash -c 'X="a  *"; cat <<EOF
    // $X \$X
    // EOF' prints a  * $X
    assertEquals("a  * $X\n", out("X=\"a  *\"; cat <<EOF\n$X \\$X\nEOF"));
  }
}
