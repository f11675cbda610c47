package dev.vpclab.cli.python;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's {@code repr(float)}, which the CLI prints in every format ({@code json.dumps}, {@code
 * str()} in text and table). Java's {@code Double.toString} differs: it switches to exponents at
 * other magnitudes, writes {@code E}, and in Java 17 is not always the shortest round trip.
 *
 * <p>Python prints the shortest decimal that reads back as the same double (the closest one when
 * several are that short), in positional notation when the decimal point falls between 4 places
 * left and 16 places right of the first digit, else as {@code d.ddde±XX}.
 */
public final class PythonFloat {
  private PythonFloat() {}

  /** {@code repr(x)}: {@code 1.0}, {@code 1e-05}, {@code 1e+16}, {@code nan}, {@code -inf}. */
  public static String repr(double x) {
    if (Double.isNaN(x)) {
      return "nan";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "inf" : "-inf";
    }
    return finite(x);
  }

  /** What {@code json.dumps} writes for a float: as repr, but {@code NaN} and {@code Infinity}. */
  public static String json(double x) {
    if (Double.isNaN(x)) {
      return "NaN";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "Infinity" : "-Infinity";
    }
    return finite(x);
  }

  private static String finite(double x) {
    String sign = (x < 0 || (x == 0 && 1 / x < 0)) ? "-" : "";
    if (x == 0) {
      return sign + "0.0";
    }
    BigDecimal shortest = shortestRoundTrip(Math.abs(x)).stripTrailingZeros();
    String digits = shortest.unscaledValue().toString();
    // The value is 0.<digits> × 10^point, as in Python's format_float_short.
    int point = digits.length() - shortest.scale();
    if (point > -4 && point <= 16) {
      return sign + positional(digits, point);
    }
    return sign + exponential(digits, point - 1);
  }

  private static String positional(String digits, int point) {
    if (point <= 0) {
      return "0." + "0".repeat(-point) + digits;
    }
    if (point >= digits.length()) {
      return digits + "0".repeat(point - digits.length()) + ".0";
    }
    return digits.substring(0, point) + "." + digits.substring(point);
  }

  private static String exponential(String digits, int exponent) {
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    String magnitude = String.valueOf(Math.abs(exponent));
    return mantissa
        + "e"
        + (exponent < 0 ? "-" : "+")
        + (magnitude.length() < 2 ? "0" : "")
        + magnitude;
  }

  /**
   * The shortest decimal that parses back to {@code x}; of two such, the one nearer to {@code x}.
   * If any decimal of p digits reads back as x, one of the two p-digit decimals either side of x
   * does, since the set of decimals that read back as x is an interval around x.
   */
  private static BigDecimal shortestRoundTrip(double x) {
    BigDecimal exact = new BigDecimal(x);
    for (int precision = 1; precision < 17; precision++) {
      BigDecimal below = exact.round(new MathContext(precision, RoundingMode.FLOOR));
      BigDecimal above = exact.round(new MathContext(precision, RoundingMode.CEILING));
      boolean belowWorks = below.doubleValue() == x;
      boolean aboveWorks = above.doubleValue() == x;
      if (belowWorks && aboveWorks) {
        return exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
      }
      if (belowWorks) {
        return below;
      }
      if (aboveWorks) {
        return above;
      }
    }
    return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
  }
}
