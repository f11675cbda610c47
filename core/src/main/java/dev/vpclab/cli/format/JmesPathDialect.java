package dev.vpclab.cli.format;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.burt.jmespath.Adapter;
import io.burt.jmespath.JmesPathException;
import io.burt.jmespath.JmesPathType;
import io.burt.jmespath.RuntimeConfiguration;
import io.burt.jmespath.function.ArgumentConstraints;
import io.burt.jmespath.function.BaseFunction;
import io.burt.jmespath.function.FunctionArgument;
import io.burt.jmespath.function.FunctionRegistry;
import io.burt.jmespath.jackson.JacksonRuntime;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

/**
 * The JMESPath the CLI speaks (jmespath.py) on top of io.burt's. Two differences show in output:
 *
 * <ul>
 *   <li>jmespath.py still takes the deprecated literal {@code `Name`} (not JSON) as the string
 *       {@code "Name"}; AWS's own examples write {@code Tags[?Key==`Name`]}. We rewrite such
 *       literals to {@code `"Name"`} before compiling.
 *   <li>Its numbers are Python's: {@code sum} of ints, {@code abs} of an int, {@code ceil} and
 *       {@code floor} are ints ({@code 6}), where io.burt gives doubles ({@code 6.0}).
 * </ul>
 */
final class JmesPathDialect {
  private static final ObjectMapper STRICT_JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JmesPathDialect() {}

  static JacksonRuntime runtime() {
    FunctionRegistry functions =
        FunctionRegistry.defaultRegistry()
            .extend(new Abs(), new Rounding("ceil", RoundingMode.CEILING))
            .extend(new Rounding("floor", RoundingMode.FLOOR), new Sum());
    return new JacksonRuntime(
        RuntimeConfiguration.builder().withFunctionRegistry(functions).build());
  }

  /**
   * The expression with each backtick literal that is not JSON, but is once quoted, quoted: what
   * jmespath.py's lexer does with {@code json.loads('"%s"' % lexeme.lstrip())}.
   */
  static String quoteLegacyLiterals(String expression) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < expression.length()) {
      char c = expression.charAt(i);
      if (c == '\'' || c == '"') {
        int end = endOfQuoted(expression, i);
        out.append(expression, i, end);
        i = end;
      } else if (c == '`') {
        StringBuilder lexeme = new StringBuilder();
        int j = i + 1;
        while (j < expression.length() && expression.charAt(j) != '`') {
          boolean escapedTick =
              expression.charAt(j) == '\\'
                  && j + 1 < expression.length()
                  && expression.charAt(j + 1) == '`';
          lexeme.append(escapedTick ? '`' : expression.charAt(j));
          j += escapedTick ? 2 : 1;
        }
        if (j >= expression.length()) {
          return out.append(expression, i, expression.length()).toString(); // unclosed: parser
        }
        String quoted = "\"" + lexeme.toString().stripLeading() + "\"";
        if (!isJson(lexeme.toString()) && isJson(quoted)) {
          out.append('`').append(quoted.replace("`", "\\`")).append('`');
        } else {
          out.append(expression, i, j + 1);
        }
        i = j + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** Where a {@code 'raw string'} or {@code "quoted identifier"} starting at {@code start} ends. */
  private static int endOfQuoted(String expression, int start) {
    char quote = expression.charAt(start);
    int i = start + 1;
    while (i < expression.length()) {
      char c = expression.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == quote) {
        return i + 1;
      } else {
        i++;
      }
    }
    return expression.length();
  }

  private static boolean isJson(String text) {
    if (text.isBlank()) {
      return false;
    }
    try {
      STRICT_JSON.readTree(text);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean isInt(Number number) {
    return number instanceof Integer
        || number instanceof Long
        || number instanceof Short
        || number instanceof Byte
        || number instanceof BigInteger;
  }

  private static BigInteger toBigInteger(Number number) {
    return number instanceof BigInteger big ? big : BigInteger.valueOf(number.longValue());
  }

  private static <T> T createInt(Adapter<T> runtime, BigInteger value) {
    return runtime.parseString(value.toString());
  }

  /** Python's {@code abs}: an int stays an int. */
  private static final class Abs extends BaseFunction {
    Abs() {
      super("abs", ArgumentConstraints.typeOf(JmesPathType.NUMBER));
    }

    @Override
    protected <T> T callFunction(Adapter<T> runtime, List<FunctionArgument<T>> arguments) {
      Number n = runtime.toNumber(arguments.get(0).value());
      return isInt(n)
          ? createInt(runtime, toBigInteger(n).abs())
          : runtime.createNumber(Math.abs(n.doubleValue()));
    }
  }

  /** Python's {@code math.ceil} and {@code math.floor}: always an int. */
  private static final class Rounding extends BaseFunction {
    private final RoundingMode mode;

    Rounding(String name, RoundingMode mode) {
      super(name, ArgumentConstraints.typeOf(JmesPathType.NUMBER));
      this.mode = mode;
    }

    @Override
    protected <T> T callFunction(Adapter<T> runtime, List<FunctionArgument<T>> arguments) {
      Number n = runtime.toNumber(arguments.get(0).value());
      if (isInt(n)) {
        return createInt(runtime, toBigInteger(n));
      }
      double x = n.doubleValue();
      if (Double.isNaN(x)) {
        throw new JmesPathException("cannot convert float NaN to integer");
      }
      if (Double.isInfinite(x)) {
        throw new JmesPathException("cannot convert float infinity to integer");
      }
      return createInt(runtime, new BigDecimal(x).setScale(0, mode).toBigIntegerExact());
    }
  }

  /** Python's {@code sum}: an int until the first float is added, as {@code 0 + a + b ...}. */
  private static final class Sum extends BaseFunction {
    Sum() {
      super("sum", ArgumentConstraints.arrayOf(ArgumentConstraints.typeOf(JmesPathType.NUMBER)));
    }

    @Override
    protected <T> T callFunction(Adapter<T> runtime, List<FunctionArgument<T>> arguments) {
      BigInteger intSum = BigInteger.ZERO;
      Double floatSum = null;
      for (T element : runtime.toList(arguments.get(0).value())) {
        Number n = runtime.toNumber(element);
        if (floatSum != null) {
          floatSum += n.doubleValue();
        } else if (isInt(n)) {
          intSum = intSum.add(toBigInteger(n));
        } else {
          floatSum = intSum.doubleValue() + n.doubleValue();
        }
      }
      return floatSum == null ? createInt(runtime, intSum) : runtime.createNumber(floatSum);
    }
  }
}
