package dev.vpclab.iam.policy;

import java.util.Optional;

/**
 * Policy variables such as {@code ${aws:username}} in a Resource or a condition value, replaced by
 * the request's value of that key (IAM user guide, "IAM policy elements: Variables and tags").
 * {@code ${key, 'default'}} supplies a value for a key the request lacks; without a default the
 * element cannot match. Variables exist only in documents of Version 2012-10-17; in older ones the
 * text is literal.
 */
final class PolicyVariables {
  private PolicyVariables() {}

  /** The text with every variable replaced, or empty when a variable has no value. */
  static Optional<String> resolve(String text, ContextKeys keys) {
    var out = new StringBuilder();
    int at = 0;
    while (true) {
      int open = text.indexOf("${", at);
      int close = open < 0 ? -1 : text.indexOf('}', open);
      if (close < 0) {
        return Optional.of(out.append(text, at, text.length()).toString());
      }
      out.append(text, at, open);
      Optional<String> value = valueOf(text.substring(open + 2, close), keys);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      out.append(value.get());
      at = close + 1;
    }
  }

  private static Optional<String> valueOf(String variable, ContextKeys keys) {
    int comma = variable.indexOf(',');
    String key = (comma < 0 ? variable : variable.substring(0, comma)).trim();
    Optional<String> value = keys.value(key);
    if (value.isPresent() || comma < 0) {
      return value;
    }
    String fallback = variable.substring(comma + 1).trim();
    boolean quoted = fallback.length() >= 2 && fallback.startsWith("'") && fallback.endsWith("'");
    return quoted ? Optional.of(fallback.substring(1, fallback.length() - 1)) : Optional.empty();
  }
}
