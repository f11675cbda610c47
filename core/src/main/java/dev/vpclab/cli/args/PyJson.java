package dev.vpclab.cli.args;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's {@code json.loads} (CPython 3.11), so that a bad JSON value gets the same message the
 * real CLI prints: {@code Expecting ',' delimiter: line 1 column 9 (char 8)}. Positions count code
 * points, as Python's do. Objects keep key order; a repeated key keeps its first place and its last
 * value, like Python's dict. NaN and Infinity are accepted, as Python accepts them.
 */
final class PyJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern NUMBER =
      Pattern.compile("(-?(?:0|[1-9][0-9]*))(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

  /** A document Python's json module refuses, with its message. */
  static final class DecodeError extends Exception {
    DecodeError(String msg, String doc, int pos) {
      super(format(msg, doc, pos), null, false, false);
    }

    private static String format(String msg, String doc, int pos) {
      int[] cps = doc.codePoints().toArray();
      int line = 1;
      int lastNewline = -1;
      for (int i = 0; i < pos && i < cps.length; i++) {
        if (cps[i] == '\n') {
          line++;
          lastNewline = i;
        }
      }
      int col = pos - lastNewline;
      return msg + ": line " + line + " column " + col + " (char " + pos + ")";
    }
  }

  private final String doc;
  private final int[] s;

  private PyJson(String doc) {
    this.doc = doc;
    this.s = doc.codePoints().toArray();
  }

  /** {@code json.loads(text)}. */
  static JsonNode loads(String text) throws DecodeError {
    return new PyJson(text).decode();
  }

  private JsonNode decode() throws DecodeError {
    int idx = skipWs(0);
    Scan first;
    try {
      first = scanOnce(idx);
    } catch (StopIteration stop) {
      throw new DecodeError("Expecting value", doc, stop.idx);
    }
    int end = skipWs(first.end);
    if (end != s.length) {
      throw new DecodeError("Extra data", doc, end);
    }
    return first.value;
  }

  private record Scan(JsonNode value, int end) {}

  /** Python's StopIteration(idx): no value starts here. */
  private static final class StopIteration extends Exception {
    final int idx;

    StopIteration(int idx) {
      super(null, null, false, false);
      this.idx = idx;
    }
  }

  private boolean startsWith(int idx, String word) {
    if (idx + word.length() > s.length) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (s[idx + i] != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private Scan scanOnce(int idx) throws StopIteration, DecodeError {
    if (idx >= s.length) {
      throw new StopIteration(idx);
    }
    int c = s[idx];
    switch (c) {
      case '"':
        return scanString(idx + 1);
      case '{':
        return parseObject(idx + 1);
      case '[':
        return parseArray(idx + 1);
      default:
        break;
    }
    if (c == 'n' && startsWith(idx, "null")) {
      return new Scan(NODES.nullNode(), idx + 4);
    }
    if (c == 't' && startsWith(idx, "true")) {
      return new Scan(NODES.booleanNode(true), idx + 4);
    }
    if (c == 'f' && startsWith(idx, "false")) {
      return new Scan(NODES.booleanNode(false), idx + 5);
    }
    String rest = new String(s, idx, Math.min(s.length - idx, 4096));
    Matcher m = NUMBER.matcher(rest);
    if (m.lookingAt()) {
      String integer = m.group(1);
      String frac = m.group(2);
      String exp = m.group(3);
      JsonNode value;
      if (frac != null || exp != null) {
        value =
            NODES.numberNode(
                pyFloat(integer + (frac == null ? "" : frac) + (exp == null ? "" : exp)));
      } else {
        value = intNode(new BigInteger(integer));
      }
      return new Scan(value, idx + m.end());
    }
    if (c == 'N' && startsWith(idx, "NaN")) {
      return new Scan(NODES.numberNode(Double.NaN), idx + 3);
    }
    if (c == 'I' && startsWith(idx, "Infinity")) {
      return new Scan(NODES.numberNode(Double.POSITIVE_INFINITY), idx + 8);
    }
    if (c == '-' && startsWith(idx, "-Infinity")) {
      return new Scan(NODES.numberNode(Double.NEGATIVE_INFINITY), idx + 9);
    }
    throw new StopIteration(idx);
  }

  static JsonNode intNode(BigInteger value) {
    if (value.bitLength() < 32) {
      return NODES.numberNode(value.intValue());
    }
    if (value.bitLength() < 64) {
      return NODES.numberNode(value.longValue());
    }
    return NODES.numberNode(value);
  }

  private static double pyFloat(String text) {
    return new BigDecimal(text).doubleValue();
  }

  private int skipWs(int idx) {
    while (idx < s.length
        && (s[idx] == ' ' || s[idx] == '\t' || s[idx] == '\n' || s[idx] == '\r')) {
      idx++;
    }
    return idx;
  }

  private Scan parseObject(int end) throws DecodeError, StopIteration {
    ObjectNode obj = NODES.objectNode();
    end = skipWs(end);
    int next = end < s.length ? s[end] : -1;
    if (next != '"') {
      if (next == '}') {
        return new Scan(obj, end + 1);
      }
      throw new DecodeError("Expecting property name enclosed in double quotes", doc, end);
    }
    end += 1;
    while (true) {
      Scan key = scanString(end);
      end = key.end;
      if (end >= s.length || s[end] != ':') {
        end = skipWs(end);
        if (end >= s.length || s[end] != ':') {
          throw new DecodeError("Expecting ':' delimiter", doc, end);
        }
      }
      end = skipWs(end + 1);
      Scan value;
      try {
        value = scanOnce(end);
      } catch (StopIteration stop) {
        throw new DecodeError("Expecting value", doc, stop.idx);
      }
      obj.set(key.value.textValue(), value.value);
      end = skipWs(value.end);
      next = end < s.length ? s[end] : -1;
      end += 1;
      if (next == '}') {
        break;
      } else if (next != ',') {
        throw new DecodeError("Expecting ',' delimiter", doc, end - 1);
      }
      end = skipWs(end);
      next = end < s.length ? s[end] : -1;
      end += 1;
      if (next != '"') {
        throw new DecodeError("Expecting property name enclosed in double quotes", doc, end - 1);
      }
    }
    return new Scan(obj, end);
  }

  private Scan parseArray(int end) throws DecodeError, StopIteration {
    ArrayNode values = NODES.arrayNode();
    end = skipWs(end);
    int next = end < s.length ? s[end] : -1;
    if (next == ']') {
      return new Scan(values, end + 1);
    }
    while (true) {
      Scan value;
      try {
        value = scanOnce(end);
      } catch (StopIteration stop) {
        throw new DecodeError("Expecting value", doc, stop.idx);
      }
      values.add(value.value);
      end = skipWs(value.end);
      next = end < s.length ? s[end] : -1;
      end += 1;
      if (next == ']') {
        break;
      } else if (next != ',') {
        throw new DecodeError("Expecting ',' delimiter", doc, end - 1);
      }
      end = skipWs(end);
    }
    return new Scan(values, end);
  }

  /** CPython's C scanstring, strict mode: {@code end} is just past the opening quote. */
  private Scan scanString(int end) throws DecodeError {
    int begin = end - 1;
    StringBuilder out = new StringBuilder();
    while (true) {
      if (end >= s.length) {
        throw new DecodeError("Unterminated string starting at", doc, begin);
      }
      int c = s[end];
      if (c == '"') {
        return new Scan(NODES.textNode(out.toString()), end + 1);
      }
      if (c == '\\') {
        end++;
        if (end >= s.length) {
          throw new DecodeError("Unterminated string starting at", doc, begin);
        }
        int esc = s[end];
        if (esc != 'u') {
          String plain =
              switch (esc) {
                case '"' -> "\"";
                case '\\' -> "\\";
                case '/' -> "/";
                case 'b' -> "\b";
                case 'f' -> "\f";
                case 'n' -> "\n";
                case 'r' -> "\r";
                case 't' -> "\t";
                default -> null;
              };
          if (plain == null) {
            throw new DecodeError("Invalid \\escape", doc, end - 1);
          }
          out.append(plain);
          end++;
        } else {
          int uni = hex4(end + 1, end);
          end += 5;
          if (Character.isHighSurrogate((char) uni)
              && end + 1 < s.length
              && s[end] == '\\'
              && s[end + 1] == 'u') {
            int low = hex4(end + 2, end + 1);
            if (Character.isLowSurrogate((char) low)) {
              out.appendCodePoint(Character.toCodePoint((char) uni, (char) low));
              end += 6;
              continue;
            }
          }
          out.append((char) uni);
        }
        continue;
      }
      if (c < 0x20) {
        throw new DecodeError("Invalid control character at", doc, end);
      }
      out.appendCodePoint(c);
      end++;
    }
  }

  private int hex4(int at, int escapeStart) throws DecodeError {
    if (at + 4 > s.length) {
      throw new DecodeError("Invalid \\uXXXX escape", doc, escapeStart);
    }
    int value = 0;
    for (int i = at; i < at + 4; i++) {
      int digit = Character.digit(s[i], 16);
      if (digit < 0 || s[i] > 'f') {
        throw new DecodeError("Invalid \\uXXXX escape", doc, escapeStart);
      }
      value = value * 16 + digit;
    }
    return value;
  }
}
