package dev.vpclab.shell.syntax;

import java.util.List;

/**
 * One word of a typed line: where it is ({@code [start, end)}), its role, its text with quotes and
 * backslashes removed (expansions are left as typed), the words of its command before it, and the
 * quote left open at its end, if any ({@code '\''}, {@code '"'}, or 0).
 */
public record WordToken(
    int start, int end, WordRole role, String text, List<String> precedingWords, char openQuote) {
  public WordToken {
    precedingWords = List.copyOf(precedingWords);
  }
}
