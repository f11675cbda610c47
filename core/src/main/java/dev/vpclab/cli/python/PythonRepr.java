package dev.vpclab.cli.python;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code str()} and {@code repr()} of the dict, list, str, bytes, int, float, bool or None
 * a JSON value stands for. The parser's messages embed them ({@code value: {'Key': 'x'}}) and the
 * text and table formats print them, so both ask here.
 *
 * <p>Numbers: an integral node is a Python int, any other number a Python float. A missing node or
 * a Java {@code null} is None.
 */
public final class PythonRepr {
  private PythonRepr() {}

  /** {@code str(value)}: a string as is, everything else as its repr. */
  public static String str(JsonNode value) {
    return value != null && value.isTextual() ? value.textValue() : repr(value);
  }

  /** {@code repr(value)}: {@code 'text'}, {@code ['a', 1]}, {@code {'k': None}}, {@code b'x'}. */
  public static String repr(JsonNode value) {
    if (PythonValues.isNone(value)) {
      return "None";
    }
    if (value.isTextual()) {
      return repr(value.textValue());
    }
    if (value.isObject()) {
      List<String> entries = new ArrayList<>();
      for (Map.Entry<String, JsonNode> entry : value.properties()) {
        entries.add(repr(entry.getKey()) + ": " + repr(entry.getValue()));
      }
      return "{" + String.join(", ", entries) + "}";
    }
    if (value.isArray()) {
      List<String> elements = new ArrayList<>();
      value.forEach(element -> elements.add(repr(element)));
      return "[" + String.join(", ", elements) + "]";
    }
    if (value.isBoolean()) {
      return value.booleanValue() ? "True" : "False";
    }
    if (value.isIntegralNumber()) {
      return value.bigIntegerValue().toString();
    }
    if (value.isNumber()) {
      return PythonFloat.repr(value.doubleValue());
    }
    if (value.isBinary()) {
      return repr(PythonValues.bytes(value));
    }
    throw PythonValues.noCounterpart(value);
  }

  /** CPython's unicode_repr: single quotes unless only double quotes avoid escaping. */
  public static String repr(String text) {
    char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder out = new StringBuilder().append(quote);
    text.codePoints()
        .forEach(
            c -> {
              if (!appendCommonEscape(out, c, quote)) {
                if (c < 0x7f || isPrintable(c)) {
                  out.appendCodePoint(c);
                } else if (c <= 0xff) {
                  out.append(String.format("\\x%02x", c));
                } else if (c <= 0xffff) {
                  out.append(String.format("\\u%04x", c));
                } else {
                  out.append(String.format("\\U%08x", c));
                }
              }
            });
    return out.append(quote).toString();
  }

  /** CPython's bytes_repr: {@code b'...'}, every byte outside printable ASCII as {@code \xNN}. */
  public static String repr(byte[] bytes) {
    boolean hasSingle = false;
    boolean hasDouble = false;
    for (byte b : bytes) {
      hasSingle |= b == '\'';
      hasDouble |= b == '"';
    }
    char quote = hasSingle && !hasDouble ? '"' : '\'';
    StringBuilder out = new StringBuilder("b").append(quote);
    for (byte b : bytes) {
      int c = b & 0xff;
      if (!appendCommonEscape(out, c, quote)) {
        if (c > 0x7f) {
          out.append(String.format("\\x%02x", c));
        } else {
          out.append((char) c);
        }
      }
    }
    return out.append(quote).toString();
  }

  /**
   * The escapes str and bytes reprs share: the quote, the backslash, {@code \t \n \r} and the other
   * ASCII controls (DEL included) as {@code \xNN}. Returns whether {@code c} was escaped.
   */
  private static boolean appendCommonEscape(StringBuilder out, int c, char quote) {
    if (c == quote || c == '\\') {
      out.append('\\').appendCodePoint(c);
    } else if (c == '\t') {
      out.append("\\t");
    } else if (c == '\n') {
      out.append("\\n");
    } else if (c == '\r') {
      out.append("\\r");
    } else if (c < ' ' || c == 0x7f) {
      out.append(String.format("\\x%02x", c));
    } else {
      return false;
    }
    return true;
  }

  /** Python's str.isprintable() for one character: not Cc, Cf, Cs, Co, Cn, Zl, Zp or Zs. */
  private static boolean isPrintable(int c) {
    return switch (Character.getType(c)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.SURROGATE,
          Character.PRIVATE_USE,
          Character.UNASSIGNED,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.SPACE_SEPARATOR ->
          false;
      default -> true;
    };
  }
}
