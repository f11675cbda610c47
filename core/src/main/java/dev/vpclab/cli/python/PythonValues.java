package dev.vpclab.cli.python;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.Locale;

/**
 * A JSON value seen the way the CLI's Python code sees the dict, list, str, bytes, int, float, bool
 * or None it stands for: its type name, truthiness and ordering. The argument parser's messages and
 * the text and table formats are defined by what Python does with these, so we ask the same
 * questions. {@link PythonRepr} gives their {@code str()} and {@code repr()}.
 */
public final class PythonValues {
  private PythonValues() {}

  /** Python sorts strings by code point; {@link String#compareTo} compares UTF-16 units. */
  public static final Comparator<String> CODE_POINT_ORDER =
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

  /** Whether the value is Python's None: JSON null, a missing node or no node at all. */
  public static boolean isNone(JsonNode value) {
    return value == null || value.isNull() || value.isMissingNode();
  }

  /** The name Python's error messages use for the value's type: {@code dict}, {@code NoneType}. */
  public static String typeName(JsonNode value) {
    if (isNone(value)) {
      return "NoneType";
    }
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
    if (value.isBinary()) {
      return "bytes";
    }
    throw noCounterpart(value);
  }

  /** {@code str(type(value))}, e.g. {@code <class 'dict'>}. */
  public static String typeRepr(JsonNode value) {
    return "<class '" + typeName(value) + "'>";
  }

  /** The formatters' test {@code not isinstance(value, (list, dict))}. */
  public static boolean isScalar(JsonNode value) {
    return !value.isContainerNode();
  }

  /** Python's {@code bool(value)}: false for None, False, 0, 0.0, "", b"", [] and {}. */
  public static boolean truthy(JsonNode value) {
    if (isNone(value)) {
      return false;
    }
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
    if (value.isBinary()) {
      return bytes(value).length > 0;
    }
    return true;
  }

  /** Python's {@code str.upper()}, which text output applies to identifiers. */
  public static String upper(String identifier) {
    return identifier.toUpperCase(Locale.ROOT);
  }

  /** The bytes of a binary node (a {@code fileb://} file, a blob). */
  public static byte[] bytes(JsonNode value) {
    try {
      return value.binaryValue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static IllegalArgumentException noCounterpart(JsonNode value) {
    return new IllegalArgumentException("No Python counterpart for a JSON " + value.getNodeType());
  }
}
