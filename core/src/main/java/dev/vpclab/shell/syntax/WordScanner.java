package dev.vpclab.shell.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads one word at a time for the {@link Parser}: quotes, backslashes, {@code ~}, and the {@code
 * $} forms, handing {@code ${...}} to a {@link ParameterScanner}, braces to a {@link BraceScanner},
 * and the script inside {@code $(...)} back to the parser.
 */
final class WordScanner {

  /** Parses the script of a {@code $(...)} whose {@code $} is at {@code openedAt}. */
  interface Substitutions {
    WordPart.CommandSubstitution parse(int openedAt);
  }

  private final Source in;
  private final Substitutions substitutions;
  private final ParameterScanner parameters;
  private final BraceScanner braces;

  WordScanner(Source in, Substitutions substitutions) {
    this.in = in;
    this.substitutions = substitutions;
    this.parameters = new ParameterScanner(in, this);
    this.braces = new BraceScanner(in, this);
  }

  Word readWord() {
    var parts = new Parts();
    boolean assignmentLike = false;
    boolean tildeAllowed = true;
    while (in.pos < in.text.length()) {
      char c = in.text.charAt(in.pos);
      if (isMeta(c)) {
        break;
      }
      if (c == '~' && tildeAllowed && readTilde(parts, assignmentLike)) {
        tildeAllowed = false;
        continue;
      }
      tildeAllowed = false;
      switch (c) {
        case '\\' -> readBackslash(parts);
        case '\'' -> parts.add(readSingleQuoted());
        case '"' -> parts.add(readDoubleQuoted());
        case '$' -> readDollar(parts, false);
        case '`' -> parts.add(readBackquoted(false));
        case '{' -> {
          if (!braces.read(parts)) {
            parts.literal(c);
            in.pos++;
          }
        }
        default -> {
          parts.literal(c);
          in.pos++;
          if (c == '=' && !assignmentLike && parts.isAssignmentPrefix()) {
            assignmentLike = true;
            tildeAllowed = true;
          } else if (c == ':' && assignmentLike) {
            tildeAllowed = true;
          }
        }
      }
    }
    return parts.build();
  }

  /** {@code ~user} up to a slash (or a colon in an assignment), if nothing in it is quoted. */
  private boolean readTilde(Parts parts, boolean assignmentLike) {
    int end = in.pos + 1;
    while (end < in.text.length()) {
      char c = in.text.charAt(end);
      if (isMeta(c) || c == '/' || c == '{' || (assignmentLike && c == ':')) {
        break;
      }
      if ("'\"\\$`".indexOf(c) >= 0) {
        return false;
      }
      end++;
    }
    parts.add(new WordPart.Tilde(in.text.substring(in.pos + 1, end)));
    in.pos = end;
    return true;
  }

  void readBackslash(Parts parts) {
    if (in.pos + 1 >= in.text.length()) {
      parts.literal('\\');
      in.pos++;
      in.danglingBackslash = true;
      return;
    }
    char next = in.text.charAt(in.pos + 1);
    in.pos += 2;
    if (next == '\n') {
      if (in.pos == in.text.length()) {
        in.danglingBackslash = true;
      }
      return;
    }
    parts.add(new WordPart.Escaped(String.valueOf(next)));
  }

  WordPart readSingleQuoted() {
    int start = in.pos;
    int end = in.text.indexOf('\'', in.pos + 1);
    if (end < 0) {
      throw new ParseFailure(SyntaxError.unmatched('\'', start));
    }
    in.pos = end + 1;
    return new WordPart.SingleQuoted(in.text.substring(start + 1, end));
  }

  WordPart readDoubleQuoted() {
    int start = in.pos;
    in.pos++;
    var inner = new Parts();
    while (true) {
      if (in.pos >= in.text.length()) {
        throw new ParseFailure(SyntaxError.unmatched('"', start));
      }
      char c = in.text.charAt(in.pos);
      if (c == '"') {
        in.pos++;
        return new WordPart.DoubleQuoted(inner.build().parts());
      }
      switch (c) {
        case '\\' -> {
          char next = in.pos + 1 < in.text.length() ? in.text.charAt(in.pos + 1) : 0;
          if ("$`\"\\".indexOf(next) >= 0 && next != 0) {
            inner.literal(next);
            in.pos += 2;
          } else if (next == '\n') {
            in.pos += 2;
          } else {
            inner.literal('\\');
            in.pos++;
          }
        }
        case '$' -> readDollar(inner, true);
        case '`' -> inner.add(readBackquoted(true));
        default -> {
          inner.literal(c);
          in.pos++;
        }
      }
    }
  }

  void readDollar(Parts parts, boolean inDoubleQuotes) {
    int start = in.pos;
    if (in.pos + 1 >= in.text.length()) {
      parts.literal('$');
      in.pos++;
      return;
    }
    char next = in.text.charAt(in.pos + 1);
    if (next == '(') {
      if (in.pos + 2 < in.text.length() && in.text.charAt(in.pos + 2) == '(') {
        parts.add(readArithmetic());
        return;
      }
      in.pos += 2;
      parts.add(substitutions.parse(start));
    } else if (next == '{') {
      parts.add(parameters.read(inDoubleQuotes));
    } else if (next == '\'' && !inDoubleQuotes) {
      parts.add(readAnsiC());
    } else if (next == '"' && !inDoubleQuotes) {
      in.pos++;
      parts.add(readDoubleQuoted());
    } else if (isNameStart(next)) {
      int end = in.pos + 1;
      while (end < in.text.length() && isNameChar(in.text.charAt(end))) {
        end++;
      }
      parts.add(WordPart.Parameter.simple(in.text.substring(in.pos + 1, end)));
      in.pos = end;
    } else if (Character.isDigit(next) || "?$#@*!-".indexOf(next) >= 0) {
      parts.add(WordPart.Parameter.simple(String.valueOf(next)));
      in.pos += 2;
    } else {
      parts.literal('$');
      in.pos++;
    }
  }

  static boolean isNameStart(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isNameChar(char c) {
    return isNameStart(c) || (c >= '0' && c <= '9');
  }

  private WordPart readArithmetic() {
    int start = in.pos;
    in.pos += 3;
    int depth = 0;
    while (in.pos < in.text.length()) {
      char c = in.text.charAt(in.pos);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        if (depth == 0 && in.pos + 1 < in.text.length() && in.text.charAt(in.pos + 1) == ')') {
          String expression = in.text.substring(start + 3, in.pos);
          in.pos += 2;
          return new WordPart.Arithmetic(expression);
        }
        depth--;
      }
      in.pos++;
    }
    throw new ParseFailure(SyntaxError.unmatched(')', start));
  }

  WordPart readBackquoted(boolean inDoubleQuotes) {
    int start = in.pos;
    in.pos++;
    var body = new StringBuilder();
    while (true) {
      if (in.pos >= in.text.length()) {
        throw new ParseFailure(SyntaxError.unmatched('`', start));
      }
      char c = in.text.charAt(in.pos);
      if (c == '`') {
        in.pos++;
        break;
      }
      if (c == '\\' && in.pos + 1 < in.text.length()) {
        char next = in.text.charAt(in.pos + 1);
        if ("$`\\".indexOf(next) >= 0 || (inDoubleQuotes && next == '"')) {
          body.append(next);
          in.pos += 2;
          continue;
        }
      }
      body.append(c);
      in.pos++;
    }
    ParseResult inner = Parser.parse(body.toString());
    if (inner instanceof ParseResult.Failed failed) {
      throw new ParseFailure(failed.error());
    }
    return new WordPart.CommandSubstitution(
        ((ParseResult.Parsed) inner).script(), body.toString(), true);
  }

  private WordPart readAnsiC() {
    int start = in.pos;
    in.pos += 2;
    var out = new StringBuilder();
    while (true) {
      if (in.pos >= in.text.length()) {
        throw new ParseFailure(SyntaxError.unmatched('\'', start));
      }
      char c = in.text.charAt(in.pos);
      if (c == '\'') {
        in.pos++;
        return new WordPart.SingleQuoted(out.toString());
      }
      if (c != '\\' || in.pos + 1 >= in.text.length()) {
        out.append(c);
        in.pos++;
        continue;
      }
      in.pos = Escapes.decode(in.text, in.pos + 1, out, true);
    }
  }

  /**
   * The rest of the text as a here-document body: like a double-quoted word in which {@code "} is
   * plain.
   */
  Word readExpansions() {
    var parts = new Parts();
    while (in.pos < in.text.length()) {
      char c = in.text.charAt(in.pos);
      if (c == '\\' && in.pos + 1 < in.text.length()) {
        char next = in.text.charAt(in.pos + 1);
        if ("$`\\".indexOf(next) >= 0) {
          parts.literal(next);
          in.pos += 2;
          continue;
        }
        if (next == '\n') {
          in.pos += 2;
          continue;
        }
      }
      if (c == '$') {
        readDollar(parts, true);
      } else if (c == '`') {
        parts.add(readBackquoted(true));
      } else {
        parts.literal(c);
        in.pos++;
      }
    }
    return parts.build();
  }

  /** Collects the parts of a word, joining adjacent literal characters. */
  static final class Parts {
    private static final Pattern ASSIGNMENT_PREFIX = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*\\+?=");

    private final List<WordPart> parts = new ArrayList<>();
    private final StringBuilder literal = new StringBuilder();

    void literal(char c) {
      literal.append(c);
    }

    void add(WordPart part) {
      flush();
      parts.add(part);
    }

    boolean isAssignmentPrefix() {
      return parts.isEmpty() && ASSIGNMENT_PREFIX.matcher(literal).matches();
    }

    Word build() {
      flush();
      return new Word(parts);
    }

    private void flush() {
      if (literal.length() > 0) {
        parts.add(new WordPart.Literal(literal.toString()));
        literal.setLength(0);
      }
    }
  }

  static boolean isMeta(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == ';' || c == '&' || c == '|' || c == '<'
        || c == '>' || c == '(' || c == ')';
  }
}
