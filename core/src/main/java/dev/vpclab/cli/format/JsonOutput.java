package dev.vpclab.cli.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * {@code --output json}: the CLI's JSONFormatter, which is Python's {@code json.dumps(response,
 * indent=4, ensure_ascii=False)} and a newline, except that an empty object prints nothing at all
 * (operations without output, such as {@code ec2 delete-vpc}, return {@code {}}).
 */
public final class JsonOutput {
  private static final String INDENT = "    ";

  private JsonOutput() {}

  /**
   * What {@code --output json} prints for a response (after {@code --query}): nothing for {@code
   * {}}, else the dump and a newline, so {@code null}, {@code []} and {@code ""} do print.
   */
  public static String format(JsonNode response) {
    if (response.isObject() && response.isEmpty()) {
      return "";
    }
    return dumps(response) + "\n";
  }

  /** Python's {@code json.dumps(value, indent=4, ensure_ascii=False)}, without the newline. */
  public static String dumps(JsonNode value) {
    StringBuilder out = new StringBuilder();
    write(value, 0, out);
    return out.toString();
  }

  private static void write(JsonNode value, int depth, StringBuilder out) {
    if (value.isObject()) {
      writeObject(value, depth, out);
    } else if (value.isArray()) {
      writeArray(value, depth, out);
    } else if (value.isTextual()) {
      quote(value.textValue(), out);
    } else if (value.isBoolean()) {
      out.append(value.booleanValue() ? "true" : "false");
    } else if (value.isIntegralNumber()) {
      out.append(value.bigIntegerValue());
    } else if (value.isNumber()) {
      out.append(PythonFloat.json(value.doubleValue()));
    } else if (value.isNull() || value.isMissingNode()) {
      out.append("null");
    } else {
      throw new IllegalArgumentException("No JSON form for a " + value.getNodeType());
    }
  }

  private static void writeObject(JsonNode object, int depth, StringBuilder out) {
    if (object.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    Iterator<Map.Entry<String, JsonNode>> entries = object.properties().iterator();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> entry = entries.next();
      newline(depth + 1, out);
      quote(entry.getKey(), out);
      out.append(": ");
      write(entry.getValue(), depth + 1, out);
      if (entries.hasNext()) {
        out.append(',');
      }
    }
    newline(depth, out);
    out.append('}');
  }

  private static void writeArray(JsonNode array, int depth, StringBuilder out) {
    if (array.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append('[');
    for (int i = 0; i < array.size(); i++) {
      newline(depth + 1, out);
      write(array.get(i), depth + 1, out);
      if (i < array.size() - 1) {
        out.append(',');
      }
    }
    newline(depth, out);
    out.append(']');
  }

  private static void newline(int depth, StringBuilder out) {
    out.append('\n').append(INDENT.repeat(depth));
  }

  /**
   * With {@code ensure_ascii=False} Python escapes only the quote, the backslash and the C0
   * controls; DEL, U+2028 and all other non-ASCII characters are written as they are.
   */
  private static void quote(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20) {
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
