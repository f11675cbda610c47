package dev.vpclab.cli.format;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vpclab.cli.python.PythonValues;
import io.burt.jmespath.Adapter;
import io.burt.jmespath.JmesPathException;
import io.burt.jmespath.JmesPathType;
import io.burt.jmespath.RuntimeConfiguration;
import io.burt.jmespath.function.ArgumentConstraints;
import io.burt.jmespath.function.BaseFunction;
import io.burt.jmespath.function.FunctionArgument;
import io.burt.jmespath.function.FunctionRegistry;
import io.burt.jmespath.jackson.JacksonRuntime;
import io.burt.jmespath.node.Node;
import io.burt.jmespath.node.NodeFactory;
import io.burt.jmespath.node.StandardNodeFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The JMESPath the CLI speaks (jmespath.py) on top of io.burt's. Two differences show in output:
 *
 * <ul>
 *   <li>jmespath.py still takes the deprecated literal {@code `Name`} (not JSON) as the string
 *       {@code "Name"}; AWS's own examples write {@code Tags[?Key==`Name`]}. We rewrite such
 *       literals to {@code `"Name"`} before compiling.
 *   <li>Its numbers are Python's: {@code sum} of ints, {@code abs} of an int, {@code ceil} and
 *       {@code floor} are ints ({@code 6}), where io.burt gives doubles ({@code 6.0}); {@code
 *       to_number} parses with Python's {@code int()}, then {@code float()} ({@code "1.0"} stays a
 *       float).
 *   <li>Its slices are Python's: {@code null} unless applied to a list.
 *   <li>Its strings are Python's: {@code length} counts code points and {@code sort}, {@code max}
 *       and the {@code _by} functions order by code point, where io.burt uses UTF-16 units.
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
            .extend(new Rounding("floor", RoundingMode.FLOOR), new Sum())
            .extend(new Length(), new ToNumber());
    return new PythonRuntime(
        RuntimeConfiguration.builder().withFunctionRegistry(functions).build());
  }

  /** Strings compare by code point and slices follow Python's, as in jmespath.py. */
  private static final class PythonRuntime extends JacksonRuntime {
    private final NodeFactory<JsonNode> nodes = new PythonNodeFactory(this);

    PythonRuntime(RuntimeConfiguration configuration) {
      super(configuration);
    }

    @Override
    public int compare(JsonNode a, JsonNode b) {
      if (a.isTextual() && b.isTextual()) {
        return PythonValues.CODE_POINT_ORDER.compare(a.textValue(), b.textValue());
      }
      return super.compare(a, b);
    }

    @Override
    public NodeFactory<JsonNode> nodeFactory() {
      return nodes;
    }
  }

  private static final class PythonNodeFactory extends StandardNodeFactory<JsonNode> {
    private final Adapter<JsonNode> runtime;

    PythonNodeFactory(Adapter<JsonNode> runtime) {
      super(runtime);
      this.runtime = runtime;
    }

    @Override
    public Node<JsonNode> createSlice(Integer start, Integer stop, Integer step) {
      return new PythonSlice(runtime, start, stop, step);
    }
  }

  /**
   * {@code [start:stop:step]} as jmespath.py does it: {@code null} for anything but a list, else
   * Python's {@code list[start:stop:step]}. io.burt's slices a string or an object into a list and
   * gives {@code [null]} for {@code [][::-1]}.
   */
  private static final class PythonSlice extends Node<JsonNode> {
    private final Integer start;
    private final Integer stop;
    private final int step;

    PythonSlice(Adapter<JsonNode> runtime, Integer start, Integer stop, Integer step) {
      super(runtime);
      this.start = start;
      this.stop = stop;
      this.step = step == null ? 1 : step;
    }

    @Override
    public JsonNode search(JsonNode input) {
      if (!input.isArray()) {
        return runtime.createNull();
      }
      if (step == 0) {
        throw new JmesPathException("slice step cannot be zero");
      }
      int length = input.size();
      int from = start == null ? (step < 0 ? length - 1 : 0) : adjust(start, length);
      int to = stop == null ? (step < 0 ? -1 : length) : adjust(stop, length);
      List<JsonNode> elements = new ArrayList<>();
      for (int i = from; step > 0 ? i < to : i > to; i += step) {
        elements.add(input.get(i));
      }
      return runtime.createArray(elements);
    }

    /** CPython's PySlice_AdjustIndices for one bound. */
    private int adjust(int bound, int length) {
      if (bound < 0) {
        bound += length;
        return bound < 0 ? (step < 0 ? -1 : 0) : bound;
      }
      return bound >= length ? (step < 0 ? length - 1 : length) : bound;
    }

    @Override
    protected boolean internalEquals(Object o) {
      return o instanceof PythonSlice other
          && Objects.equals(start, other.start)
          && Objects.equals(stop, other.stop)
          && step == other.step;
    }

    @Override
    protected int internalHashCode() {
      return Objects.hash(start, stop, step);
    }
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

  /** Python's {@code len}: a string's length in code points. */
  private static final class Length extends BaseFunction {
    Length() {
      super(
          "length",
          ArgumentConstraints.typeOf(JmesPathType.STRING, JmesPathType.ARRAY, JmesPathType.OBJECT));
    }

    @Override
    protected <T> T callFunction(Adapter<T> runtime, List<FunctionArgument<T>> arguments) {
      T value = arguments.get(0).value();
      return switch (runtime.typeOf(value)) {
        case STRING -> {
          String text = runtime.toString(value);
          yield runtime.createNumber((long) text.codePointCount(0, text.length()));
        }
        case ARRAY -> runtime.createNumber((long) runtime.toList(value).size());
        default -> runtime.createNumber((long) runtime.getPropertyNames(value).size());
      };
    }
  }

  /** jmespath.py's {@code to_number}: numbers as they are, strings by int(), then float(). */
  private static final class ToNumber extends BaseFunction {
    private static final String DIGITS = "\\d(?:_?\\d)*";
    private static final Pattern PYTHON_INT = Pattern.compile("[+-]?" + DIGITS);
    private static final Pattern PYTHON_FLOAT =
        Pattern.compile(
            "[+-]?(?:(?:(?:"
                + DIGITS
                + ")?\\."
                + DIGITS
                + "|"
                + DIGITS
                + "\\.?)"
                + "(?:[eE][+-]?"
                + DIGITS
                + ")?|(?i:inf|infinity|nan))");

    ToNumber() {
      super("to_number", ArgumentConstraints.anyValue());
    }

    @Override
    protected <T> T callFunction(Adapter<T> runtime, List<FunctionArgument<T>> arguments) {
      T value = arguments.get(0).value();
      return switch (runtime.typeOf(value)) {
        case NUMBER -> value;
        case STRING -> parse(runtime, runtime.toString(value).strip());
        default -> runtime.createNull();
      };
    }

    private static <T> T parse(Adapter<T> runtime, String text) {
      if (PYTHON_INT.matcher(text).matches()) {
        return createInt(runtime, new BigInteger(text.replace("_", "")));
      }
      if (!PYTHON_FLOAT.matcher(text).matches()) {
        return runtime.createNull();
      }
      String number = text.replace("_", "").toLowerCase(Locale.ROOT);
      String unsigned = number.replaceFirst("^[+-]", "");
      double magnitude =
          unsigned.startsWith("inf")
              ? Double.POSITIVE_INFINITY
              : unsigned.equals("nan") ? Double.NaN : Double.parseDouble(unsigned);
      return runtime.createNumber(number.startsWith("-") ? -magnitude : magnitude);
    }
  }
}
