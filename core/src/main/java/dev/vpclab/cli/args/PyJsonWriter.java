package dev.vpclab.cli.args;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/** Python's {@code json.dumps(value, indent=4)} (ensure_ascii on), byte for byte. */
final class PyJsonWriter {
  private PyJsonWriter() {}

  static String dumps(JsonNode value, int indent) {
    StringBuilder out = new StringBuilder();
    write(out, value, indent, 0);
    return out.toString();
  }

  private static void write(StringBuilder out, JsonNode value, int indent, int level) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      out.append("null");
    } else if (value.isBoolean()) {
      out.append(value.booleanValue() ? "true" : "false");
    } else if (value.isIntegralNumber()) {
      out.append(value.bigIntegerValue());
    } else if (value.isNumber()) {
      double d = value.doubleValue();
      out.append(
          Double.isNaN(d)
              ? "NaN"
              : Double.isInfinite(d) ? (d > 0 ? "Infinity" : "-Infinity") : PyRepr.floatRepr(d));
    } else if (value.isTextual()) {
      string(out, value.textValue());
    } else if (value.isArray()) {
      if (value.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append('[');
      Iterator<JsonNode> items = value.elements();
      while (items.hasNext()) {
        newline(out, indent, level + 1);
        write(out, items.next(), indent, level + 1);
        if (items.hasNext()) {
          out.append(',');
        }
      }
      newline(out, indent, level);
      out.append(']');
    } else if (value.isObject()) {
      if (value.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append('{');
      Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
      while (fields.hasNext()) {
        var e = fields.next();
        newline(out, indent, level + 1);
        string(out, e.getKey());
        out.append(": ");
        write(out, e.getValue(), indent, level + 1);
        if (fields.hasNext()) {
          out.append(',');
        }
      }
      newline(out, indent, level);
      out.append('}');
    } else {
      string(out, value.asText());
    }
  }

  private static void newline(StringBuilder out, int indent, int level) {
    out.append('\n').append(" ".repeat(indent * level));
  }

  private static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
