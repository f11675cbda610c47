package dev.vpclab.cli.args;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpclab.cli.python.PythonRepr;
import dev.vpclab.cli.python.PythonValues;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/** Python's {@code int(x)} and {@code float(x)} with the messages they fail with. */
final class PyNumbers {
  private static final Pattern INT = Pattern.compile("[+-]?[0-9](_?[0-9])*");
  private static final Pattern FLOAT =
      Pattern.compile(
          "[+-]?((([0-9](_?[0-9])*)(\\.([0-9](_?[0-9])*)?)?|\\.[0-9](_?[0-9])*)([eE][+-]?[0-9](_?[0-9])*)?)");
  private static final Pattern SPECIAL = Pattern.compile("(?i)[+-]?(inf|infinity|nan)");

  private PyNumbers() {}

  /** Why Python refused a conversion: the text of the ValueError or TypeError. */
  static final class PyError extends Exception {
    PyError(String message) {
      super(message, null, false, false);
    }
  }

  /** {@code int(value)} for a str, or the TypeError for a list, dict, None. */
  static BigInteger toInt(JsonNode value) throws PyError {
    if (value.isTextual()) {
      return toInt(value.textValue());
    }
    if (value.isBoolean()) {
      return value.booleanValue() ? BigInteger.ONE : BigInteger.ZERO;
    }
    if (value.isIntegralNumber()) {
      return value.bigIntegerValue();
    }
    throw new PyError(
        "int() argument must be a string, a bytes-like object or a real number, not '"
            + PythonValues.typeName(value)
            + "'");
  }

  static BigInteger toInt(String text) throws PyError {
    String digits = ascii(strip(text));
    if (INT.matcher(digits).matches()) {
      return new BigInteger(digits.replace("_", ""));
    }
    throw new PyError("invalid literal for int() with base 10: " + PythonRepr.repr(text));
  }

  static double toFloat(JsonNode value) throws PyError {
    if (value.isTextual()) {
      String text = value.textValue();
      String s = ascii(strip(text));
      if (FLOAT.matcher(s).matches()) {
        return new BigDecimal(s.replace("_", "")).doubleValue();
      }
      if (SPECIAL.matcher(s).matches()) {
        boolean negative = s.startsWith("-");
        if (s.toLowerCase().endsWith("nan")) {
          return Double.NaN;
        }
        return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      }
      throw new PyError("could not convert string to float: " + PythonRepr.repr(text));
    }
    if (value.isNumber()) {
      return value.doubleValue();
    }
    if (value.isBoolean()) {
      return value.booleanValue() ? 1 : 0;
    }
    throw new PyError(
        "float() argument must be a string or a real number, not '"
            + PythonValues.typeName(value)
            + "'");
  }

  /** Python's str.strip() with no argument. */
  static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && ShorthandParser.isPySpace(s.codePointAt(start))) {
      start += Character.charCount(s.codePointAt(start));
    }
    while (end > start && ShorthandParser.isPySpace(s.codePointBefore(end))) {
      end -= Character.charCount(s.codePointBefore(end));
    }
    return s.substring(start, end);
  }

  /** Python accepts any Unicode decimal digit in int() and float(); map them to ASCII. */
  private static String ascii(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            c -> {
              if (c > 0x7f && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                out.append((char) ('0' + Character.digit(c, 10)));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }
}
