package dev.vpclab.cli.python;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Python's {@code json.dumps(value, indent=4)}, byte for byte: what {@code --output json} prints
 * ({@code ensure_ascii=False}) and what {@code --generate-cli-skeleton} prints (the default, {@code
 * ensure_ascii=True}).
 */
public final class PythonJson {
  private static final String INDENT = "    ";

  private final boolean ensureAscii;
  private final StringBuilder out = new StringBuilder();

  private PythonJson(boolean ensureAscii) {
    this.ensureAscii = ensureAscii;
  }

  /** {@code json.dumps(value, indent=4, ensure_ascii=...)}, without a final newline. */
  public static String dumps(JsonNode value, boolean ensureAscii) {
    PythonJson writer = new PythonJson(ensureAscii);
    writer.write(value, 0);
    return writer.out.toString();
  }

  private void write(JsonNode value, int depth) {
    if (PythonValues.isNone(value)) {
      out.append("null");
    } else if (value.isObject()) {
      writeObject(value, depth);
    } else if (value.isArray()) {
      writeArray(value, depth);
    } else if (value.isTextual()) {
      quote(value.textValue());
    } else if (value.isBoolean()) {
      out.append(value.booleanValue() ? "true" : "false");
    } else if (value.isIntegralNumber()) {
      out.append(value.bigIntegerValue());
    } else if (value.isNumber()) {
      out.append(PythonFloat.json(value.doubleValue()));
    } else {
      throw new IllegalArgumentException("No JSON form for a " + value.getNodeType());
    }
  }

  private void writeObject(JsonNode object, int depth) {
    if (object.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    Iterator<Map.Entry<String, JsonNode>> entries = object.properties().iterator();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> entry = entries.next();
      newline(depth + 1);
      quote(entry.getKey());
      out.append(": ");
      write(entry.getValue(), depth + 1);
      if (entries.hasNext()) {
        out.append(',');
      }
    }
    newline(depth);
    out.append('}');
  }

  private void writeArray(JsonNode array, int depth) {
    if (array.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append('[');
    for (int i = 0; i < array.size(); i++) {
      newline(depth + 1);
      write(array.get(i), depth + 1);
      if (i < array.size() - 1) {
        out.append(',');
      }
    }
    newline(depth);
    out.append(']');
  }

  private void newline(int depth) {
    out.append('\n').append(INDENT.repeat(depth));
  }

  /**
   * Python escapes the quote, the backslash and the C0 controls; with {@code ensure_ascii} also
   * everything outside printable ASCII (DEL included), as UTF-16 {@code \\uXXXX} units.
   */
  private void quote(String text) {
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
          if (c < 0x20 || (ensureAscii && c > 0x7e)) {
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
