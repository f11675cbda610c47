package dev.vpclab.shell.syntax;

/**
 * The shell language's front door: parse a script, tell whether typed input is complete, and
 * tokenize a partial line for highlighting and completion.
 */
public final class ShellSyntax {
  private ShellSyntax() {}

  /** Parses one line or several; a syntax error is a value, never an exception. */
  public static ParseResult parse(String source) {
    return Parser.parse(source);
  }

  /**
   * Whether {@code source} can run as it is, needs more lines (trailing {@code \}, open quote or
   * {@code $(}, trailing {@code |}, {@code &&} or {@code ||}, unfinished here-document), or can
   * never run.
   */
  public static Completeness isComplete(String source) {
    if (source.isBlank()) {
      return Completeness.COMPLETE;
    }
    return Parser.completeness(source);
  }

  /**
   * Highlighting spans, words and completion points of a typed (possibly unfinished) line; never
   * fails.
   */
  public static LineTokens tokenize(String line) {
    return LineTokens.of(line);
  }

  /**
   * Text in which only {@code $} expansions, backquotes and backslashes before {@code $ ` \} are
   * special, as in a here-document body or an arithmetic expression.
   */
  public static Word parseExpansions(String text) {
    return Parser.parseExpansions(text);
  }
}
