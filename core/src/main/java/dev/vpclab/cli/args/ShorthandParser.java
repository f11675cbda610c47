package dev.vpclab.cli.args;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real CLI's shorthand syntax ({@code Key=Name,Value=MyVPC}, {@code Tags=[{Key=a,Value=b}]}): a
 * line-by-line port of {@code awscli/shorthand.py}'s {@code ShorthandParser} as CLI v2 (2.9.19) has
 * it, which is also what Amazon Linux 2's CLI v1 parses. It only looks at the text; {@link
 * BackCompatVisitor} then types the values by the model.
 *
 * <p>Left out on purpose, because neither CLI vpclab stands for has them: the {@code key@=file://x}
 * form of CLI v1 1.45, and that version's regression that prints {@code {self._error_location()}}
 * instead of the input and the caret.
 *
 * <p>Indexes count code points, like Python's. One parser parses one value; it is not shared.
 */
final class ShorthandParser {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  // Python's \s for str patterns: the characters str.isspace() accepts.
  private static final String WS =
      "\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
  private static final String START_WORD = "!#-&(-+\\--<>-Z\\\\-z\\x7c-\\uffff";
  private static final String FIRST_FOLLOW_CHARS = WS + "!#-&(-+\\--\\\\^-|~-\\uffff";
  private static final String SECOND_FOLLOW_CHARS = WS + "!#-&(-+\\--<>-\\uffff";
  private static final String ESCAPED_COMMA = "(\\\\,)";
  private static final Named SINGLE_QUOTED =
      new Named("singled quoted", "'(?:\\\\\\\\|\\\\'|[^'])*'");
  private static final Named DOUBLE_QUOTED =
      new Named("double quoted", "\"(?:\\\\\\\\|\\\\\"|[^\"])*\"");
  private static final Named FIRST_VALUE = unquotedValue("first", FIRST_FOLLOW_CHARS);
  private static final Named SECOND_VALUE = unquotedValue("second", SECOND_FOLLOW_CHARS);
  private static final String KEY_CHARS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.#/:";
  private static final int EOF = -1;

  private record Named(String name, Pattern regex) {
    Named(String name, String regex) {
      this(name, Pattern.compile(regex, Pattern.DOTALL));
    }
  }

  /** shorthand.py's _FIRST_VALUE and _SECOND_VALUE: they differ only in what may follow. */
  private static Named unquotedValue(String name, String followChars) {
    return new Named(
        name,
        "("
            + ESCAPED_COMMA
            + "|["
            + START_WORD
            + "])("
            + ESCAPED_COMMA
            + "|["
            + followChars
            + "])*");
  }

  /** A value the shorthand parser refuses; its message is the real CLI's. */
  static final class ParseError extends Exception {
    ParseError(String message) {
      super(message, null, false, false);
    }
  }

  private final String inputValue;
  private final int[] input;
  private int index;

  private ShorthandParser(String value) {
    this.inputValue = value;
    this.input = value.codePoints().toArray();
  }

  /** {@code ShorthandParser().parse(value)}: always an object at the top. */
  static ObjectNode parse(String value) throws ParseError {
    return new ShorthandParser(value).parameter();
  }

  private ObjectNode parameter() throws ParseError {
    ObjectNode params = NODES.objectNode();
    keyval(params, false);
    int lastIndex = index;
    while (index < input.length) {
      expect(',', true);
      String key = keyval(params, true);
      if (key == null) {
        throw duplicateKey(lastIndex + 1);
      }
      lastIndex = index;
    }
    return params;
  }

  private String pendingDuplicate;

  /** Parses key=values into params; returns null (and remembers the key) for a repeated key. */
  private String keyval(ObjectNode params, boolean checkDuplicate) throws ParseError {
    String key = key();
    expect('=', true);
    JsonNode values = values();
    if (checkDuplicate && params.has(key)) {
      pendingDuplicate = key;
      return null;
    }
    params.set(key, values);
    return key;
  }

  private ParseError duplicateKey(int at) {
    return new ParseError(
        "Second instance of key \""
            + pendingDuplicate
            + "\" encountered for input:\n"
            + errorLocation(at)
            + "\nThis is often because there is a preceding \",\" instead of a space.");
  }

  private String key() {
    int start = index;
    while (!atEof()) {
      if (KEY_CHARS.indexOf(current()) < 0) {
        break;
      }
      index++;
    }
    return substring(start, index);
  }

  private JsonNode values() throws ParseError {
    if (atEof()) {
      return NODES.textNode("");
    } else if (current() == '[') {
      return explicitList();
    } else if (current() == '{') {
      return hashLiteral();
    } else {
      return csvValue();
    }
  }

  private JsonNode csvValue() throws ParseError {
    String firstValue = firstValue();
    consumeWhitespace();
    if (atEof() || input[index] != ',') {
      return NODES.textNode(firstValue);
    }
    expect(',', true);
    ArrayNode csvList = NODES.arrayNode().add(firstValue);
    while (true) {
      try {
        String current = secondValue();
        consumeWhitespace();
        if (atEof()) {
          csvList.add(current);
          break;
        }
        expect(',', true);
        csvList.add(current);
      } catch (ParseError e) {
        if (atEof()) {
          throw e;
        }
        backtrackTo(',');
        break;
      }
    }
    if (csvList.size() == 1) {
      return NODES.textNode(firstValue);
    }
    return csvList;
  }

  private String value() {
    Matcher result = FIRST_VALUE.regex().matcher(rest());
    if (result.lookingAt()) {
      String consumed = consumeMatched(result);
      return rstrip(consumed.replace("\\,", ","));
    }
    return "";
  }

  private ArrayNode explicitList() throws ParseError {
    expect('[', true);
    ArrayNode values = NODES.arrayNode();
    while (current() != ']') {
      values.add(explicitValues());
      consumeWhitespace();
      if (current() != ']') {
        expect(',', false);
        consumeWhitespace();
      }
    }
    expect(']', false);
    return values;
  }

  private JsonNode explicitValues() throws ParseError {
    if (current() == '[') {
      return explicitList();
    } else if (current() == '{') {
      return hashLiteral();
    } else {
      return NODES.textNode(firstValue());
    }
  }

  private ObjectNode hashLiteral() throws ParseError {
    expect('{', true);
    ObjectNode keyvals = NODES.objectNode();
    while (current() != '}') {
      String key = key();
      expect('=', true);
      JsonNode v = explicitValues();
      consumeWhitespace();
      if (current() != '}') {
        expect(',', false);
        consumeWhitespace();
      }
      keyvals.set(key, v);
    }
    expect('}', false);
    return keyvals;
  }

  private String firstValue() throws ParseError {
    if (current() == '\'') {
      return consumeQuoted(SINGLE_QUOTED, '\'');
    } else if (current() == '"') {
      return consumeQuoted(DOUBLE_QUOTED, '"');
    }
    return value();
  }

  private String consumeQuoted(Named regex, char escapedChar) throws ParseError {
    String matched = mustConsumeRegex(regex);
    String value = matched.substring(1, matched.length() - 1);
    value = value.replace("\\" + escapedChar, String.valueOf(escapedChar));
    return value.replace("\\\\", "\\");
  }

  private String secondValue() throws ParseError {
    if (current() == '\'') {
      return consumeQuoted(SINGLE_QUOTED, '\'');
    } else if (current() == '"') {
      return consumeQuoted(DOUBLE_QUOTED, '"');
    }
    String consumed = mustConsumeRegex(SECOND_VALUE);
    return rstrip(consumed.replace("\\,", ","));
  }

  private void expect(char c, boolean consumeWhitespace) throws ParseError {
    if (consumeWhitespace) {
      consumeWhitespace();
    }
    if (index >= input.length) {
      throw syntaxError(String.valueOf(c), "EOF");
    }
    int actual = input[index];
    if (actual != c) {
      throw syntaxError(String.valueOf(c), new String(Character.toChars(actual)));
    }
    index++;
    if (consumeWhitespace) {
      consumeWhitespace();
    }
  }

  private String mustConsumeRegex(Named regex) throws ParseError {
    Matcher result = regex.regex().matcher(rest());
    if (result.lookingAt()) {
      return consumeMatched(result);
    }
    throw syntaxError("<" + regex.name() + ">", "<none>");
  }

  private String consumeMatched(Matcher result) {
    String v = result.group();
    index += v.codePointCount(0, v.length());
    return v;
  }

  private ParseError syntaxError(String expected, String actual) {
    return new ParseError(
        "Expected: '"
            + expected
            + "', received: '"
            + actual
            + "' for input:\n"
            + errorLocation(index));
  }

  /** {@code ShorthandParseError._error_location}: the input with a caret under the index. */
  private String errorLocation(int at) {
    String consumed = inputValue;
    String remaining = "";
    int numSpaces = at;
    String before = substring(0, Math.min(at, input.length));
    if (before.indexOf('\n') >= 0) {
      int lastNewline = lastIndexOfNewline(at);
      numSpaces = at - lastNewline - 1;
    }
    String after = at <= input.length ? substring(at, input.length) : "";
    int nl = indexOfNewline(at);
    if (nl >= 0 && after.indexOf('\n') >= 0) {
      consumed = substring(0, nl);
      remaining = substring(nl, input.length);
    }
    return consumed + "\n" + " ".repeat(Math.max(0, numSpaces)) + "^" + remaining;
  }

  private int lastIndexOfNewline(int before) {
    for (int i = Math.min(before, input.length) - 1; i >= 0; i--) {
      if (input[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private int indexOfNewline(int from) {
    for (int i = Math.max(from, 0); i < input.length; i++) {
      if (input[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private int current() {
    return index < input.length ? input[index] : EOF;
  }

  private boolean atEof() {
    return index >= input.length;
  }

  private void backtrackTo(char c) {
    while (index >= 0 && input[index] != c) {
      index--;
    }
  }

  private void consumeWhitespace() {
    while (current() != EOF && " \t\n\r\u000b\u000c".indexOf(current()) >= 0) {
      index++;
    }
  }

  private String rest() {
    return substring(index, input.length);
  }

  private String substring(int from, int to) {
    return from >= to ? "" : new String(input, from, to - from);
  }

  /** Python's str.rstrip(): strips what str.isspace() calls whitespace. */
  private static String rstrip(String s) {
    int end = s.length();
    while (end > 0) {
      int c = s.codePointBefore(end);
      if (!isPySpace(c)) {
        break;
      }
      end -= Character.charCount(c);
    }
    return s.substring(0, end);
  }

  static boolean isPySpace(int c) {
    return (c >= 0x09 && c <= 0x0d)
        || (c >= 0x1c && c <= 0x20)
        || c == 0x85
        || c == 0xa0
        || c == 0x1680
        || (c >= 0x2000 && c <= 0x200a)
        || c == 0x2028
        || c == 0x2029
        || c == 0x202f
        || c == 0x205f
        || c == 0x3000;
  }
}
