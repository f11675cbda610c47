package dev.vpclab.iam.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One test of a statement's Condition block: an operator, a context key and the policy's values,
 * e.g. {@code StringNotEquals aws:SourceVpce ["vpce-1a2b"]}. The values are OR-ed; the tests of a
 * block are AND-ed by {@link Statement}.
 *
 * <p>A key the request lacks (IAM user guide, "Condition operators"): the test fails, except that a
 * negated operator holds, {@code …IfExists} holds, {@code ForAllValues} holds and {@code Null}
 * answers whether it is absent; {@code ForAnyValue} fails.
 */
public record Condition(
    String operatorText, Optional<ConditionOperator> operator, String key, List<String> values) {

  public Condition {
    values = List.copyOf(values);
  }

  /** Whether the request satisfies this test; {@code variables} when the document allows them. */
  public boolean holds(ContextKeys context, boolean variables) {
    if (operator.isEmpty()) {
      return false;
    }
    ConditionOperator op = operator.get();
    Optional<List<String>> present = context.values(key).filter(v -> !v.isEmpty());
    if (op.comparison() == Comparison.NULL) {
      return values.stream().anyMatch(v -> v.equalsIgnoreCase("true") == present.isEmpty());
    }
    if (present.isEmpty()) {
      return whenAbsent(op);
    }
    List<String> wanted = policyValues(op, context, variables);
    return switch (op.qualifier()) {
      case FOR_ALL_VALUES -> present.get().stream().allMatch(r -> holdsFor(op, r, wanted));
      case FOR_ANY_VALUE, NONE -> present.get().stream().anyMatch(r -> holdsFor(op, r, wanted));
    };
  }

  private static boolean whenAbsent(ConditionOperator op) {
    return switch (op.qualifier()) {
      case FOR_ALL_VALUES -> true;
      case FOR_ANY_VALUE -> op.ifExists();
      case NONE -> op.ifExists() || op.comparison().negated();
    };
  }

  private static boolean holdsFor(ConditionOperator op, String requestValue, List<String> wanted) {
    boolean any = wanted.stream().anyMatch(p -> op.comparison().matches(requestValue, p));
    return op.comparison().negated() != any;
  }

  /** The policy's values with variables replaced; a value whose variable is unset drops out. */
  private List<String> policyValues(ConditionOperator op, ContextKeys context, boolean variables) {
    if (!variables || !op.comparison().takesVariables()) {
      return values;
    }
    var out = new ArrayList<String>();
    values.forEach(v -> PolicyVariables.resolve(v, context).ifPresent(out::add));
    return out;
  }

  /** How the test reads in a policy, e.g. {@code StringNotEquals aws:SourceVpce ["vpce-1a2b"]}. */
  @Override
  public String toString() {
    return operatorText + " " + key + " " + quotedValues();
  }

  /** What the request had for the key, to say why the test failed. */
  public String requestSide(ContextKeys context) {
    return context
        .values(key)
        .filter(v -> !v.isEmpty())
        .map(v -> "the request has " + key + " = " + String.join(", ", v))
        .orElse("the request has no " + key);
  }

  private String quotedValues() {
    var quoted = new ArrayList<String>();
    values.forEach(v -> quoted.add("\"" + v + "\""));
    return "[" + String.join(", ", quoted) + "]";
  }
}
