package dev.vpclab.cli;

import dev.vpclab.cli.api.ServiceFault;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The service-side input checks of AWS's API framework, which list every broken constraint in one
 * error: {@code 1 validation error detected: Value 'a b' at 'roleName' failed to satisfy
 * constraint: Member must satisfy regular expression pattern: [\w+=,.@-]+} (real IAM and DynamoDB
 * output in public transcripts). Members are named as on the wire, lower camel case; the error code
 * is the service's ({@code ValidationError} for IAM, {@code ValidationException} for DynamoDB).
 */
public final class Constraints {
  private final String code;
  private final List<String> violations = new ArrayList<>();

  public Constraints(String code) {
    this.code = code;
  }

  /** A string of {@code min} to {@code max} characters matching {@code regex}; null passes. */
  public Constraints text(String member, String value, int min, int max, String regex) {
    return length(member, value, min, max).pattern(member, value, regex);
  }

  public Constraints pattern(String member, String value, String regex) {
    if (value != null && !Pattern.compile(regex).matcher(value).matches()) {
      violate(member, value, "Member must satisfy regular expression pattern: " + regex);
    }
    return this;
  }

  public Constraints length(String member, String value, int min, int max) {
    if (value == null) {
      return this;
    }
    if (value.length() < min) {
      violate(member, value, "Member must have length greater than or equal to " + min);
    }
    if (value.length() > max) {
      violate(member, value, "Member must have length less than or equal to " + max);
    }
    return this;
  }

  public Constraints range(String member, Integer value, int min, int max) {
    if (value == null) {
      return this;
    }
    if (value < min) {
      violate(member, value, "Member must have value greater than or equal to " + min);
    }
    if (value > max) {
      violate(member, value, "Member must have value less than or equal to " + max);
    }
    return this;
  }

  /** One of the model's enum values; null passes. */
  public Constraints oneOf(String member, String value, List<String> allowed) {
    if (value != null && !allowed.contains(value)) {
      violate(member, value, "Member must satisfy enum value set: " + allowed);
    }
    return this;
  }

  /** A value the operation cannot do without, checked before anything else. */
  public static ServiceFault missing(String code, String member) {
    return new ServiceFault(
        code,
        "1 validation error detected: Value null at '"
            + member
            + "' failed to satisfy constraint: Member must not be null");
  }

  /** Throws the service's validation error if any constraint was broken. */
  public void check() {
    if (violations.isEmpty()) {
      return;
    }
    int n = violations.size();
    throw new ServiceFault(
        code,
        n
            + " validation error"
            + (n == 1 ? "" : "s")
            + " detected: "
            + String.join("; ", violations));
  }

  private void violate(String member, Object value, String constraint) {
    violations.add(
        "Value '" + value + "' at '" + member + "' failed to satisfy constraint: " + constraint);
  }
}
