package dev.vpclab.shell.syntax;

import java.util.List;

/**
 * One shell word before expansion: its parts in order, e.g. {@code --tags Key=Name,Value='My VPC'}
 * is two words, the second one a literal followed by a single-quoted part.
 */
public record Word(List<WordPart> parts) {
  public Word {
    parts = List.copyOf(parts);
  }

  public static Word of(WordPart... parts) {
    return new Word(List.of(parts));
  }

  /** A plain unquoted word, as the parser produces for {@code ls} or {@code -l}. */
  public static Word literal(String text) {
    return of(new WordPart.Literal(text));
  }

  /**
   * The word as it could be typed again, e.g. {@code $X} for the error "$X: ambiguous redirect".
   */
  public String toSource() {
    var out = new StringBuilder();
    for (WordPart part : parts) {
      out.append(part.toSource());
    }
    return out.toString();
  }

  /** The text of the word if it is a single unquoted literal, as reserved words must be. */
  public java.util.Optional<String> plainText() {
    if (parts.size() == 1 && parts.get(0) instanceof WordPart.Literal literal) {
      return java.util.Optional.of(literal.text());
    }
    return java.util.Optional.empty();
  }

  /**
   * Whether any part of the word is quoted or escaped (a here-document delimiter then expands
   * nothing).
   */
  public boolean hasQuoting() {
    return parts.stream()
        .anyMatch(
            p ->
                p instanceof WordPart.SingleQuoted
                    || p instanceof WordPart.Escaped
                    || p instanceof WordPart.DoubleQuoted);
  }

  /** The word with quotes removed and nothing expanded, as a here-document delimiter is read. */
  public String withoutQuotes() {
    var out = new StringBuilder();
    for (WordPart part : parts) {
      out.append(part.withoutQuotes());
    }
    return out.toString();
  }
}
