package dev.vpclab.cli.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.burt.jmespath.Expression;
import io.burt.jmespath.JmesPathException;
import io.burt.jmespath.jackson.JacksonRuntime;

/**
 * A compiled {@code --query} JMESPath expression. The CLI compiles it while parsing arguments and
 * applies it to the whole response before any formatter sees it, so the formatters only ever see
 * its result, which may be any JSON value, {@code null} included.
 */
public final class Query {
  private static final JacksonRuntime RUNTIME = JmesPathDialect.runtime();

  private final String expression;
  private final Expression<JsonNode> compiled;

  private Query(String expression, Expression<JsonNode> compiled) {
    this.expression = expression;
    this.compiled = compiled;
  }

  /** The compiled expression, or why it is not one (the parser's words, not jmespath.py's). */
  public static Parse parse(String expression) {
    try {
      return new Parse.Valid(
          new Query(expression, RUNTIME.compile(JmesPathDialect.quoteLegacyLiterals(expression))));
    } catch (JmesPathException e) {
      return new Parse.Invalid(expression, e.getMessage());
    }
  }

  public String expression() {
    return expression;
  }

  /**
   * The expression's value on {@code response}: JSON {@code null} where nothing matches. Fails, as
   * a {@link PythonError} carrying the JMESPath library's message, only where a function gets the
   * wrong type of argument, e.g. {@code length(`1`)}.
   */
  JsonNode search(JsonNode response) {
    try {
      JsonNode result = compiled.search(response);
      return result == null ? NullNode.getInstance() : result;
    } catch (JmesPathException e) {
      throw new PythonError(e.getMessage());
    }
  }

  /**
   * The expression's value as a waiter's acceptor reads it: JSON {@code null} where nothing matches
   * or a function refuses its argument (botocore's matcher then sees no match).
   */
  public JsonNode valueOrNull(JsonNode response) {
    try {
      return search(response);
    } catch (PythonError e) {
      return NullNode.getInstance();
    }
  }

  @Override
  public String toString() {
    return expression;
  }

  /** The outcome of compiling a {@code --query} value. */
  public sealed interface Parse permits Parse.Valid, Parse.Invalid {
    record Valid(Query query) implements Parse {}

    record Invalid(String expression, String message) implements Parse {}
  }
}
