package dev.vpclab.cli.args;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/**
 * Python's {@code str()} and {@code repr()} of the values a request is made of, since the real
 * CLI's messages embed them: {@code value: {'Key': 'x'}, type: <class 'dict'>}.
 */
final class PyRepr {
  private PyRepr() {}

  /** {@code repr(value)}. */
  static String repr(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return "None";
    }
    if (value.isBoolean()) {
      return value.booleanValue() ? "True" : "False";
    }
    if (value.isIntegralNumber()) {
      return value.bigIntegerValue().toString();
    }
    if (value.isNumber()) {
      return floatRepr(value.doubleValue());
    }
    if (value.isTextual()) {
      return repr(value.textValue());
    }
    if (value.isBinary()) {
      return bytesRepr(binary(value));
    }
    StringBuilder out = new StringBuilder();
    if (value.isArray()) {
      out.append('[');
      Iterator<JsonNode> items = value.elements();
      while (items.hasNext()) {
        out.append(repr(items.next()));
        if (items.hasNext()) {
          out.append(", ");
        }
      }
      return out.append(']').toString();
    }
    out.append('{');
    Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
    while (fields.hasNext()) {
      var e = fields.next();
      out.append(repr(e.getKey())).append(": ").append(repr(e.getValue()));
      if (fields.hasNext()) {
        out.append(", ");
      }
    }
    return out.append('}').toString();
  }

  /** {@code str(value)}: strings bare, everything else as repr. */
  static String str(JsonNode value) {
    if (value != null && value.isTextual()) {
      return value.textValue();
    }
    return repr(value);
  }

  /** {@code str(type(value))}, e.g. {@code <class 'dict'>}. */
  static String type(JsonNode value) {
    String name;
    if (value == null || value.isNull() || value.isMissingNode()) {
      name = "NoneType";
    } else if (value.isBoolean()) {
      name = "bool";
    } else if (value.isIntegralNumber()) {
      name = "int";
    } else if (value.isNumber()) {
      name = "float";
    } else if (value.isTextual()) {
      name = "str";
    } else if (value.isBinary()) {
      name = "bytes";
    } else if (value.isArray()) {
      name = "list";
    } else {
      name = "dict";
    }
    return "<class '" + name + "'>";
  }

  static byte[] binary(JsonNode value) {
    try {
      return value.binaryValue();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code repr(text)}: single quotes unless the text has a ' and no ". */
  static String repr(String text) {
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
              } else if (c < 0x20 || c == 0x7f) {
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

  private static boolean isPrintable(int c) {
    int type = Character.getType(c);
    return !(type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.SURROGATE
        || type == Character.PRIVATE_USE
        || type == Character.UNASSIGNED
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || (type == Character.SPACE_SEPARATOR && c != ' '));
  }

  static String bytesRepr(byte[] bytes) {
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
      if (c == quote || c == '\\') {
        out.append('\\').append((char) c);
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c < 0x20 || c >= 0x7f) {
        out.append(String.format("\\x%02x", c));
      } else {
        out.append((char) c);
      }
    }
    return out.append(quote).toString();
  }

  /** {@code repr(float)}: the shortest round-tripping digits, Python's layout. */
  static String floatRepr(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    if (d == 0) {
      return (1 / d < 0) ? "-0.0" : "0.0";
    }
    BigDecimal exact = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
    String digits = exact.unscaledValue().toString();
    int decpt = digits.length() - exact.scale();
    String sign = d < 0 ? "-" : "";
    if (decpt > -4 && decpt <= 16) {
      String body;
      if (decpt <= 0) {
        body = "0." + "0".repeat(-decpt) + digits;
      } else if (decpt >= digits.length()) {
        body = digits + "0".repeat(decpt - digits.length()) + ".0";
      } else {
        body = digits.substring(0, decpt) + "." + digits.substring(decpt);
      }
      return sign + body;
    }
    int exp = decpt - 1;
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    String e = String.format("%02d", Math.abs(exp));
    return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + e;
  }
}
