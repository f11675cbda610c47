package dev.vpclab.iam.policy;

import java.util.List;
import java.util.Optional;

/**
 * A condition operator as written in a policy: an optional set qualifier ({@code ForAnyValue:},
 * {@code ForAllValues:}), the comparison, and an optional {@code IfExists} suffix, as in {@code
 * ForAnyValue:StringLikeIfExists}.
 */
public record ConditionOperator(SetQualifier qualifier, Comparison comparison, boolean ifExists) {

  /** How the values of a multivalued key combine (IAM user guide, "multivalued context keys"). */
  public enum SetQualifier {
    NONE(""),
    FOR_ANY_VALUE("ForAnyValue:"),
    FOR_ALL_VALUES("ForAllValues:");

    private final String prefix;

    SetQualifier(String prefix) {
      this.prefix = prefix;
    }
  }

  private static final String IF_EXISTS = "IfExists";

  /** The operator, or empty for a name the policy language does not have. */
  public static Optional<ConditionOperator> parse(String text) {
    SetQualifier qualifier = SetQualifier.NONE;
    String rest = text;
    for (SetQualifier q : List.of(SetQualifier.FOR_ANY_VALUE, SetQualifier.FOR_ALL_VALUES)) {
      if (rest.startsWith(q.prefix)) {
        qualifier = q;
        rest = rest.substring(q.prefix.length());
        break;
      }
    }
    boolean ifExists = rest.endsWith(IF_EXISTS) && Comparison.named(rest).isEmpty();
    String name = ifExists ? rest.substring(0, rest.length() - IF_EXISTS.length()) : rest;
    Optional<Comparison> comparison = Comparison.named(name);
    // Null tests existence itself; the user guide allows IfExists on every operator but Null.
    if (comparison.isEmpty() || (ifExists && comparison.get() == Comparison.NULL)) {
      return Optional.empty();
    }
    var chosen = qualifier;
    return comparison.map(c -> new ConditionOperator(chosen, c, ifExists));
  }

  @Override
  public String toString() {
    return qualifier.prefix + comparison.operator() + (ifExists ? IF_EXISTS : "");
  }
}
