package dev.vpclab.shell;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Integer arithmetic of {@code $((...))}, after parameters and substitutions in it are expanded:
 * numbers, variable names, parentheses and C's operators (without assignment).
 */
final class Arithmetic {
  private final String text;
  private final Function<String, String> variables;
  private final BiConsumer<String, String> assign;
  private int pos;

  private Arithmetic(
      String text, Function<String, String> variables, BiConsumer<String, String> assign) {
    this.text = text;
    this.variables = variables;
    this.assign = assign;
  }

  /** The value, or an {@link ExpansionError} worded as bash words it. */
  static long evaluate(String expression, Function<String, String> variables) {
    return evaluate(
        expression,
        variables,
        (name, value) -> {
          throw new ExpansionError(expression.strip() + ": attempted assignment", true);
        });
  }

  /** The value, assigning variables with {@code assign} ({@code x += 1}, {@code i++}). */
  static long evaluate(
      String expression, Function<String, String> variables, BiConsumer<String, String> assign) {
    var arithmetic = new Arithmetic(expression, variables, assign);
    arithmetic.skipSpaces();
    if (arithmetic.pos >= expression.length()) {
      return 0;
    }
    long value = arithmetic.comma();
    arithmetic.skipSpaces();
    if (arithmetic.pos < expression.length()) {
      throw arithmetic.error("syntax error in expression");
    }
    return value;
  }

  private ExpansionError error(String what) {
    String token = text.substring(Math.min(pos, text.length())).strip();
    return new ExpansionError(
        text.strip() + ": " + what + " (error token is \"" + token + "\")", true);
  }

  private void skipSpaces() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private boolean eat(String op) {
    skipSpaces();
    if (text.startsWith(op, pos)) {
      // do not read "<" from "<<" or "&" from "&&"
      String rest = text.substring(pos + op.length());
      if (op.length() == 1 && "<>&|*".contains(op) && rest.startsWith(op)) {
        return false;
      }
      if (op.length() == 1 && "<>!=".contains(op) && rest.startsWith("=")) {
        return false;
      }
      pos += op.length();
      return true;
    }
    return false;
  }

  private long comma() {
    long value = assignment();
    while (eat(",")) {
      value = assignment();
    }
    return value;
  }

  private static final String[] ASSIGNMENTS = {
    "<<=", ">>=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "="
  };

  /** {@code name = value} and {@code name op= value}; otherwise a conditional expression. */
  private long assignment() {
    skipSpaces();
    int start = pos;
    String name = name();
    if (name != null) {
      skipSpaces();
      for (String op : ASSIGNMENTS) {
        if (text.startsWith(op, pos) && !(op.equals("=") && text.startsWith("==", pos))) {
          pos += op.length();
          long right = assignment();
          long left = value(name);
          long result =
              switch (op) {
                case "=" -> right;
                case "+=" -> left + right;
                case "-=" -> left - right;
                case "*=" -> left * right;
                case "/=", "%=" -> {
                  if (right == 0) {
                    throw error("division by 0");
                  }
                  yield op.equals("/=") ? left / right : left % right;
                }
                case "<<=" -> left << right;
                case ">>=" -> left >> right;
                case "&=" -> left & right;
                case "|=" -> left | right;
                default -> left ^ right;
              };
          assign.accept(name, String.valueOf(result));
          return result;
        }
      }
    }
    pos = start;
    return ternary();
  }

  /** A variable name at the current position (consumed), or null. */
  private String name() {
    int start = pos;
    if (pos < text.length() && (Character.isLetter(text.charAt(pos)) || text.charAt(pos) == '_')) {
      while (pos < text.length()
          && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
        pos++;
      }
      return text.substring(start, pos);
    }
    return null;
  }

  private long value(String name) {
    String value = variables.apply(name);
    if (value == null || value.isBlank()) {
      return 0;
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private long ternary() {
    long condition = or();
    if (eat("?")) {
      long yes = ternary();
      if (!eat(":")) {
        throw error("`:' expected for conditional expression");
      }
      long no = ternary();
      return condition != 0 ? yes : no;
    }
    return condition;
  }

  private long or() {
    long left = and();
    while (eat("||")) {
      long right = and();
      left = (left != 0 || right != 0) ? 1 : 0;
    }
    return left;
  }

  private long and() {
    long left = bitOr();
    while (eat("&&")) {
      long right = bitOr();
      left = (left != 0 && right != 0) ? 1 : 0;
    }
    return left;
  }

  private long bitOr() {
    long left = bitXor();
    while (eat("|")) {
      left |= bitXor();
    }
    return left;
  }

  private long bitXor() {
    long left = bitAnd();
    while (eat("^")) {
      left ^= bitAnd();
    }
    return left;
  }

  private long bitAnd() {
    long left = equality();
    while (eat("&")) {
      left &= equality();
    }
    return left;
  }

  private long equality() {
    long left = comparison();
    while (true) {
      if (eat("==")) {
        left = left == comparison() ? 1 : 0;
      } else if (eat("!=")) {
        left = left != comparison() ? 1 : 0;
      } else {
        return left;
      }
    }
  }

  private long comparison() {
    long left = shift();
    while (true) {
      if (eat("<=")) {
        left = left <= shift() ? 1 : 0;
      } else if (eat(">=")) {
        left = left >= shift() ? 1 : 0;
      } else if (eat("<")) {
        left = left < shift() ? 1 : 0;
      } else if (eat(">")) {
        left = left > shift() ? 1 : 0;
      } else {
        return left;
      }
    }
  }

  private long shift() {
    long left = additive();
    while (true) {
      if (eat("<<")) {
        left <<= additive();
      } else if (eat(">>")) {
        left >>= additive();
      } else {
        return left;
      }
    }
  }

  private long additive() {
    long left = multiplicative();
    while (true) {
      if (eat("+")) {
        left += multiplicative();
      } else if (eat("-")) {
        left -= multiplicative();
      } else {
        return left;
      }
    }
  }

  private long multiplicative() {
    long left = power();
    while (true) {
      if (eat("*")) {
        left *= power();
      } else if (eat("/") || eat("%")) {
        boolean divide = text.charAt(pos - 1) == '/';
        int at = pos;
        long right = power();
        if (right == 0) {
          pos = at;
          throw error("division by 0");
        }
        left = divide ? left / right : left % right;
      } else {
        return left;
      }
    }
  }

  private long power() {
    long base = unary();
    if (eat("**")) {
      long exponent = power();
      if (exponent < 0) {
        throw error("exponent less than 0");
      }
      long result = 1;
      for (long i = 0; i < exponent; i++) {
        result *= base;
      }
      return result;
    }
    return base;
  }

  private long unary() {
    skipSpaces();
    for (String op : new String[] {"++", "--"}) {
      if (text.startsWith(op, pos)) {
        int start = pos;
        pos += 2;
        skipSpaces();
        String name = name();
        if (name == null) {
          pos = start;
          break;
        }
        long result = value(name) + (op.equals("++") ? 1 : -1);
        assign.accept(name, String.valueOf(result));
        return result;
      }
    }
    if (eat("!")) {
      return unary() == 0 ? 1 : 0;
    }
    if (eat("~")) {
      return ~unary();
    }
    if (eat("-")) {
      return -unary();
    }
    if (eat("+")) {
      return unary();
    }
    return primary();
  }

  private long primary() {
    skipSpaces();
    if (eat("(")) {
      long value = ternary();
      if (!eat(")")) {
        throw error("missing `)'");
      }
      return value;
    }
    int start = pos;
    if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
      while (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
        pos++;
      }
      String number = text.substring(start, pos);
      try {
        if (number.startsWith("0x") || number.startsWith("0X")) {
          return Long.parseLong(number.substring(2), 16);
        }
        if (number.length() > 1 && number.startsWith("0")) {
          return Long.parseLong(number.substring(1), 8);
        }
        return Long.parseLong(number);
      } catch (NumberFormatException e) {
        pos = start;
        throw error("value too great for base");
      }
    }
    String name = name();
    if (name != null) {
      long value = value(name);
      skipSpaces();
      if (text.startsWith("++", pos) || text.startsWith("--", pos)) {
        boolean up = text.charAt(pos) == '+';
        pos += 2;
        assign.accept(name, String.valueOf(value + (up ? 1 : -1)));
      }
      return value;
    }
    throw error("syntax error: operand expected");
  }
}
