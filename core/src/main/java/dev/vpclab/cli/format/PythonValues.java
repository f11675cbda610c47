package dev.vpclab.cli.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A JSON value seen the way the CLI's Python code sees the dict, list, str, int, float, bool or
 * None that botocore handed it: its type name, truthiness, {@code str()} and {@code repr()}. The
 * text and table formats are defined by what Python does with these, so we ask the same questions.
 *
 * <p>Numbers: an integral node is a Python int, any other number a Python float.
 */
final class PythonValues {
  private PythonValues() {}

  /** Python sorts strings by code point; {@link String#compareTo} compares UTF-16 units. */
  static final Comparator<String> CODE_POINT_ORDER =
      (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
          int x = a.codePointAt(i);
          int y = b.codePointAt(j);
          if (x != y) {
            return Integer.compare(x, y);
          }
          i += Character.charCount(x);
          j += Character.charCount(y);
        }
        return Boolean.compare(i < a.length(), j < b.length());
      };

  /** The name Python's error messages use for the value's type. */
  static String typeName(JsonNode value) {
    if (value.isObject()) {
      return "dict";
    }
    if (value.isArray()) {
      return "list";
    }
    if (value.isTextual()) {
      return "str";
    }
    if (value.isBoolean()) {
      return "bool";
    }
    if (value.isIntegralNumber()) {
      return "int";
    }
    if (value.isNumber()) {
      return "float";
    }
    if (value.isNull() || value.isMissingNode()) {
      return "NoneType";
    }
    throw new IllegalArgumentException("No Python counterpart for a JSON " + value.getNodeType());
  }

  /** The formatters' test {@code not isinstance(value, (list, dict))}. */
  static boolean isScalar(JsonNode value) {
    return !value.isContainerNode();
  }

  /** Python's {@code bool(value)}: false for None, False, 0, 0.0, "", [] and {}. */
  static boolean truthy(JsonNode value) {
    if (value.isContainerNode()) {
      return !value.isEmpty();
    }
    if (value.isTextual()) {
      return !value.textValue().isEmpty();
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isNumber()) {
      return value.isIntegralNumber()
          ? value.bigIntegerValue().signum() != 0
          : value.asDouble() != 0;
    }
    return !(value.isNull() || value.isMissingNode());
  }

  /** Python's {@code str.upper()}, which text output applies to identifiers. */
  static String upper(String identifier) {
    return identifier.toUpperCase(Locale.ROOT);
  }

  /** Python's {@code str(value)}: a string as is, {@code None}, {@code True}, {@code 1.0}. */
  static String str(JsonNode value) {
    return value.isTextual() ? value.textValue() : repr(value);
  }

  /** Python's {@code repr(value)}: {@code 'text'}, {@code ['a', 1]}, {@code {'k': None}}. */
  static String repr(JsonNode value) {
    if (value.isTextual()) {
      return reprString(value.textValue());
    }
    if (value.isObject()) {
      List<String> entries = new ArrayList<>();
      for (Map.Entry<String, JsonNode> entry : value.properties()) {
        entries.add(reprString(entry.getKey()) + ": " + repr(entry.getValue()));
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
    if (value.isNull() || value.isMissingNode()) {
      return "None";
    }
    throw new IllegalArgumentException("No Python counterpart for a JSON " + value.getNodeType());
  }

  /** CPython's unicode_repr: single quotes unless only double quotes avoid escaping. */
  static String reprString(String text) {
    char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder out = new StringBuilder().append(quote);
    text.codePoints()
        .forEach(
            c -> {
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
              } else if (c < 0x7f || isPrintable(c)) {
                out.appendCodePoint(c);
              } else if (c <= 0xff) {
                out.append(String.format("\\x%02x", c));
              } else if (c <= 0xffff) {
                out.append(String.format("\\u%04x", c));
              } else {
                out.append(String.format("\\U%08x", c));
              }
            });
    return out.append(quote).toString();
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
