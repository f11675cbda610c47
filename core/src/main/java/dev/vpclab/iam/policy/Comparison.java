package dev.vpclab.iam.policy;

import dev.vpclab.net.Cidr;
import dev.vpclab.net.Ipv4;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * The condition operators of the policy language, each as the comparison of one request value with
 * one policy value (IAM user guide, "Condition operators"). A negated operator is stored as its
 * positive comparison plus the negation, because a negated operator negates the whole match: it
 * holds when the request value matches none of the policy's values.
 */
public enum Comparison {
  STRING_EQUALS("StringEquals", false, true, String::equals),
  STRING_NOT_EQUALS("StringNotEquals", true, true, String::equals),
  STRING_EQUALS_IGNORE_CASE("StringEqualsIgnoreCase", false, true, String::equalsIgnoreCase),
  STRING_NOT_EQUALS_IGNORE_CASE("StringNotEqualsIgnoreCase", true, true, String::equalsIgnoreCase),
  STRING_LIKE("StringLike", false, true, (request, policy) -> Glob.matches(policy, request)),
  STRING_NOT_LIKE("StringNotLike", true, true, (request, policy) -> Glob.matches(policy, request)),
  NUMERIC_EQUALS("NumericEquals", false, false, numeric(c -> c == 0)),
  NUMERIC_NOT_EQUALS("NumericNotEquals", true, false, numeric(c -> c == 0)),
  NUMERIC_LESS_THAN("NumericLessThan", false, false, numeric(c -> c < 0)),
  NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", false, false, numeric(c -> c <= 0)),
  NUMERIC_GREATER_THAN("NumericGreaterThan", false, false, numeric(c -> c > 0)),
  NUMERIC_GREATER_THAN_EQUALS("NumericGreaterThanEquals", false, false, numeric(c -> c >= 0)),
  DATE_EQUALS("DateEquals", false, false, date(c -> c == 0)),
  DATE_NOT_EQUALS("DateNotEquals", true, false, date(c -> c == 0)),
  DATE_LESS_THAN("DateLessThan", false, false, date(c -> c < 0)),
  DATE_LESS_THAN_EQUALS("DateLessThanEquals", false, false, date(c -> c <= 0)),
  DATE_GREATER_THAN("DateGreaterThan", false, false, date(c -> c > 0)),
  DATE_GREATER_THAN_EQUALS("DateGreaterThanEquals", false, false, date(c -> c >= 0)),
  BOOL("Bool", false, true, String::equalsIgnoreCase),
  BINARY_EQUALS("BinaryEquals", false, false, String::equals),
  IP_ADDRESS("IpAddress", false, false, Comparison::inRange),
  NOT_IP_ADDRESS("NotIpAddress", true, false, Comparison::inRange),
  ARN_EQUALS("ArnEquals", false, true, (request, policy) -> ArnGlob.matches(policy, request)),
  ARN_LIKE("ArnLike", false, true, (request, policy) -> ArnGlob.matches(policy, request)),
  ARN_NOT_EQUALS("ArnNotEquals", true, true, (request, policy) -> ArnGlob.matches(policy, request)),
  ARN_NOT_LIKE("ArnNotLike", true, true, (request, policy) -> ArnGlob.matches(policy, request)),
  /** Whether the key is absent; the policy value is "true" (absent) or "false" (present). */
  NULL("Null", false, false, (request, policy) -> false);

  private final String operator;
  private final boolean negated;
  private final boolean takesVariables;
  private final BiPredicate<String, String> matches;

  Comparison(
      String operator,
      boolean negated,
      boolean takesVariables,
      BiPredicate<String, String> matches) {
    this.operator = operator;
    this.negated = negated;
    this.takesVariables = takesVariables;
    this.matches = matches;
  }

  /** The operator by its name in a policy, such as {@code StringNotEquals}. */
  public static Optional<Comparison> named(String operator) {
    return Arrays.stream(values()).filter(c -> c.operator.equals(operator)).findFirst();
  }

  public String operator() {
    return operator;
  }

  /** Negated operators hold when nothing matches, and also for a key the request lacks. */
  public boolean negated() {
    return negated;
  }

  /** String, ARN and Bool operators accept policy variables in their values; others do not. */
  public boolean takesVariables() {
    return takesVariables;
  }

  /** Whether one request value matches one policy value, before any negation. */
  public boolean matches(String requestValue, String policyValue) {
    return matches.test(requestValue, policyValue);
  }

  private interface Order {
    boolean holds(int comparison);
  }

  private static BiPredicate<String, String> numeric(Order order) {
    return (request, policy) -> {
      try {
        return order.holds(new BigDecimal(request).compareTo(new BigDecimal(policy)));
      } catch (NumberFormatException e) {
        return false;
      }
    };
  }

  private static BiPredicate<String, String> date(Order order) {
    return (request, policy) -> {
      var left = PolicyDates.parse(request);
      var right = PolicyDates.parse(policy);
      return left.isPresent()
          && right.isPresent()
          && order.holds(left.get().compareTo(right.get()));
    };
  }

  /** A policy value is a CIDR, or an address meaning its /32 (IPv6 ranges never match here). */
  private static boolean inRange(String request, String policy) {
    Optional<Ipv4> address = Ipv4.parse(request);
    Optional<Cidr> range =
        policy.contains("/") ? Cidr.parse(policy) : Ipv4.parse(policy).map(Cidr::host);
    return address.isPresent() && range.isPresent() && range.get().contains(address.get());
  }
}
