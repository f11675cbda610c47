package dev.vpclab.cli.iam;

import dev.vpclab.cli.Constraints;
import dev.vpclab.cli.api.Request;

/** IAM's input rules (limits and patterns of the botocore model), answered with ValidationError. */
final class IamConstraints {
  static final String NAME_PATTERN = "[\\w+=,.@-]+";
  static final String PATH_PATTERN = "(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)";
  static final String POLICY_PATH_PATTERN = "((/[A-Za-z0-9\\.,\\+@=_-]+)*)/";

  private IamConstraints() {}

  /** A fresh set of IAM constraints to check. */
  static Constraints rules() {
    return new Constraints("ValidationError");
  }

  /** A role, instance profile or policy name: 1 to {@code max} characters of [\w+=,.@-]. */
  static Constraints name(String member, String value, int max) {
    return rules().text(member, value, 1, max, NAME_PATTERN);
  }

  /** A parameter the operation cannot do without. */
  static String required(Request request, String member) {
    return request
        .string(member)
        .orElseThrow(() -> Constraints.missing("ValidationError", Request.lowerFirst(member)));
  }
}
