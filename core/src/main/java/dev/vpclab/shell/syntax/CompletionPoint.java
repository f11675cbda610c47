package dev.vpclab.shell.syntax;

import java.util.List;

/**
 * What completion at a cursor works on: the word there (possibly empty), from {@code start} to the
 * cursor as typed and as {@code prefix} once unquoted; the words of the same command before it
 * ({@code [aws, ec2, create-vpc]}, innermost command when inside {@code $(}); its role; and the
 * quote left open ({@code '\''}, {@code '"'} or 0), which a completer closes after a candidate.
 * {@code wordEnd} is where the word ends after the cursor, for replacing all of it.
 */
public record CompletionPoint(
    int start,
    int cursor,
    int wordEnd,
    String prefix,
    List<String> precedingWords,
    WordRole role,
    char openQuote) {
  public CompletionPoint {
    precedingWords = List.copyOf(precedingWords);
  }
}
