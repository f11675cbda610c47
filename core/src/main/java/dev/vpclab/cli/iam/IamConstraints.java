package dev.vpclab.cli.iam;

import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.api.ServiceFault;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * IAM's input checks, which run on the service side and answer {@code ValidationError} with every
 * broken constraint listed, e.g. {@code 1 validation error detected: Value 'a b' at 'roleName'
 * failed to satisfy constraint: Member must satisfy regular expression pattern: [\w+=,.@-]+} (real
 * CreateRole output in public transcripts). Limits and patterns are the botocore model's.
 */
final class IamConstraints {
  static final String NAME_PATTERN = "[\\w+=,.@-]+";
  static final String PATH_PATTERN = "(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)";
  static final String PATH_PREFIX_PATTERN = "\\u002F[\\u0021-\\u007F]*";
  static final String POLICY_PATH_PATTERN = "((/[A-Za-z0-9\\.,\\+@=_-]+)*)/";

  private final List<String> violations = new ArrayList<>();

  /** A parameter the operation cannot do without. */
  static String required(Request request, String member) {
    return request
        .string(member)
        .orElseThrow(
            () ->
                new ServiceFault(
                    "ValidationError",
                    "1 validation error detected: Value null at '"
                        + Request.lowerFirst(member)
                        + "' failed to satisfy constraint: Member must not be null"));
  }

  /** A role, instance profile or policy name: 1 to {@code max} characters of [\w+=,.@-]. */
  IamConstraints name(String member, String value, int max) {
    return length(member, value, 1, max).pattern(member, value, NAME_PATTERN);
  }

  IamConstraints path(String member, String value) {
    return length(member, value, 1, 512).pattern(member, value, PATH_PATTERN);
  }

  IamConstraints pattern(String member, String value, String regex) {
    if (value != null && !Pattern.compile(regex).matcher(value).matches()) {
      violate(member, value, "Member must satisfy regular expression pattern: " + regex);
    }
    return this;
  }

  IamConstraints length(String member, String value, int min, int max) {
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

  IamConstraints range(String member, Integer value, int min, int max) {
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

  /** Throws the ValidationError if any constraint was broken. */
  void check() {
    if (violations.isEmpty()) {
      return;
    }
    int n = violations.size();
    throw new ServiceFault(
        "ValidationError",
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
