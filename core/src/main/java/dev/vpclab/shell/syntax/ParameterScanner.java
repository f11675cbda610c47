package dev.vpclab.shell.syntax;

import dev.vpclab.shell.syntax.WordPart.Parameter.Operator;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code ${NAME}} and its operator forms ({@code ${X:-word}}, {@code ${X##pattern}}, {@code
 * ${X//a/b}}, {@code ${X:1:3}}, {@code ${#X}}) for the {@link WordScanner}. A form bash would call
 * a bad substitution is kept as one, to fail when expanded, as in bash.
 */
final class ParameterScanner {
  private final Source in;
  private final WordScanner words;

  ParameterScanner(Source in, WordScanner words) {
    this.in = in;
    this.words = words;
  }

  /** {@code ${...}} with its {@code $} at the position. */
  WordPart read(boolean inDoubleQuotes) {
    int start = in.pos;
    in.pos += 2;
    if (in.pos < in.text.length()
        && in.text.charAt(in.pos) == '#'
        && in.pos + 1 < in.text.length()
        && in.text.charAt(in.pos + 1) != '}') {
      in.pos++;
      String name = readParameterName();
      if (!name.isEmpty() && in.pos < in.text.length() && in.text.charAt(in.pos) == '}') {
        in.pos++;
        return new WordPart.Parameter(name, Operator.LENGTH, null, true);
      }
      return badSubstitution(start);
    }
    String name = readParameterName();
    if (name.isEmpty()) {
      return badSubstitution(start);
    }
    if (in.pos >= in.text.length()) {
      throw new ParseFailure(SyntaxError.unmatched('}', start));
    }
    if (in.text.charAt(in.pos) == '}') {
      in.pos++;
      return WordPart.Parameter.braced(name);
    }
    Operator operator = readOperator();
    if (operator == null) {
      return badSubstitution(start);
    }
    if (operator.isReplacement()) {
      Word pattern = readBracedArgument(inDoubleQuotes, start, true);
      Word replacement = Word.of();
      if (in.text.charAt(in.pos) == '/') {
        in.pos++;
        replacement = readBracedArgument(inDoubleQuotes, start, false);
      }
      in.pos++; // the closing brace
      return new WordPart.Parameter(name, operator, pattern, replacement, true);
    }
    Word argument = readBracedArgument(inDoubleQuotes, start, false);
    in.pos++; // the closing brace
    return new WordPart.Parameter(name, operator, argument, true);
  }

  private String readParameterName() {
    int start = in.pos;
    if (in.pos >= in.text.length()) {
      return "";
    }
    char c = in.text.charAt(in.pos);
    if (WordScanner.isNameStart(c)) {
      while (in.pos < in.text.length() && WordScanner.isNameChar(in.text.charAt(in.pos))) {
        in.pos++;
      }
    } else if (Character.isDigit(c)) {
      while (in.pos < in.text.length() && Character.isDigit(in.text.charAt(in.pos))) {
        in.pos++;
      }
    } else if ("?$#@*!-".indexOf(c) >= 0) {
      in.pos++;
    }
    return in.text.substring(start, in.pos);
  }

  private static final List<Map.Entry<String, Operator>> OPERATOR_SYMBOLS =
      List.of(
          Map.entry(":-", Operator.USE_DEFAULT),
          Map.entry(":=", Operator.ASSIGN_DEFAULT),
          Map.entry(":+", Operator.USE_ALTERNATIVE),
          Map.entry(":?", Operator.ERROR_IF_EMPTY),
          Map.entry(":", Operator.SUBSTRING),
          Map.entry("##", Operator.REMOVE_LONGEST_PREFIX),
          Map.entry("%%", Operator.REMOVE_LONGEST_SUFFIX),
          Map.entry("//", Operator.REPLACE_ALL),
          Map.entry("/#", Operator.REPLACE_PREFIX),
          Map.entry("/%", Operator.REPLACE_SUFFIX),
          Map.entry("/", Operator.REPLACE_FIRST),
          Map.entry("^^", Operator.UPPERCASE_ALL),
          Map.entry("^", Operator.UPPERCASE_FIRST),
          Map.entry(",,", Operator.LOWERCASE_ALL),
          Map.entry(",", Operator.LOWERCASE_FIRST),
          Map.entry("-", Operator.USE_DEFAULT_IF_UNSET),
          Map.entry("=", Operator.ASSIGN_DEFAULT_IF_UNSET),
          Map.entry("+", Operator.USE_ALTERNATIVE_IF_SET),
          Map.entry("?", Operator.ERROR_IF_UNSET),
          Map.entry("#", Operator.REMOVE_SHORTEST_PREFIX),
          Map.entry("%", Operator.REMOVE_SHORTEST_SUFFIX));

  private Operator readOperator() {
    for (Map.Entry<String, Operator> entry : OPERATOR_SYMBOLS) {
      if (in.text.startsWith(entry.getKey(), in.pos)) {
        in.pos += entry.getKey().length();
        return entry.getValue();
      }
    }
    return null;
  }

  /** The word after {@code ${NAME:-}, up to the matching {@code }}; blanks are part of it. */
  private Word readBracedArgument(boolean inDoubleQuotes, int openedAt, boolean stopAtSlash) {
    var parts = new WordScanner.Parts();
    while (true) {
      if (in.pos >= in.text.length()) {
        throw new ParseFailure(SyntaxError.unmatched('}', openedAt));
      }
      char c = in.text.charAt(in.pos);
      if (c == '}' || (stopAtSlash && c == '/')) {
        return parts.build();
      }
      switch (c) {
        case '\\' -> {
          if (in.pos + 1 >= in.text.length()) {
            throw new ParseFailure(SyntaxError.unmatched('}', openedAt));
          }
          char next = in.text.charAt(in.pos + 1);
          in.pos += 2;
          if (next == '\n') {
            continue;
          }
          if (inDoubleQuotes && "$`\"\\}".indexOf(next) < 0) {
            parts.literal('\\');
            parts.literal(next);
          } else if (inDoubleQuotes) {
            parts.literal(next);
          } else {
            parts.add(new WordPart.Escaped(String.valueOf(next)));
          }
        }
        case '\'' -> {
          if (inDoubleQuotes) {
            parts.literal(c);
            in.pos++;
          } else {
            parts.add(words.readSingleQuoted());
          }
        }
        case '"' -> parts.add(words.readDoubleQuoted());
        case '$' -> words.readDollar(parts, inDoubleQuotes);
        case '`' -> parts.add(words.readBackquoted(inDoubleQuotes));
        default -> {
          parts.literal(c);
          in.pos++;
        }
      }
    }
  }

  private WordPart badSubstitution(int start) {
    int depth = 0;
    for (int i = start + 2; i < in.text.length(); i++) {
      char c = in.text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        if (depth == 0) {
          in.pos = i + 1;
          return new WordPart.Parameter(
              in.text.substring(start + 2, i), Operator.BAD_SUBSTITUTION, null, true);
        }
        depth--;
      }
    }
    throw new ParseFailure(SyntaxError.unmatched('}', start));
  }
}
