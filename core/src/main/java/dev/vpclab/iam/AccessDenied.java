package dev.vpclab.iam;

import dev.vpclab.iam.action.ApiCall;
import dev.vpclab.iam.action.TargetResource;
import dev.vpclab.iam.policy.PolicyType;

/**
 * The error a service answers a refused call with: its code, and its message in two eras. The
 * classic messages are those of the SAA-C02 years (S3's bare {@code Access Denied}, EC2's {@code
 * You are not authorized to perform this operation.}, IAM's {@code User: … is not authorized to
 * perform: … on resource: …}); the enhanced ones add which policy type refused and why, as AWS has
 * for same-account requests since 2021 (IAM) and August 2024 (S3), on the template of the IAM user
 * guide, "Troubleshooting access denied error messages" (aws-facts.md §2). Real output, S3: {@code
 * …is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::b/k" because no
 * identity-based policy allows the s3:GetObject action}; EC2 puts its classic sentence first.
 */
public record AccessDenied(String code, String classicMessage, String enhancedMessage) {

  /** HEAD requests have no body, so the CLI shows only the HTTP status (its "403 Forbidden"). */
  private static final AccessDenied HEAD_FORBIDDEN =
      new AccessDenied("403", "Forbidden", "Forbidden");

  private static final String EC2_SENTENCE = "You are not authorized to perform this operation.";

  static AccessDenied of(
      ApiCall call,
      String callerArn,
      String action,
      TargetResource resource,
      Decision.Reason reason,
      PolicyType type) {
    String service = call.actionPrefix();
    if (service.equals("s3") && call.operation().startsWith("Head")) {
      return HEAD_FORBIDDEN;
    }
    String shown =
        resource
            .inMessage()
            .map(r -> " on resource: " + (service.equals("s3") ? "\"" + r + "\"" : r))
            .orElse("");
    String base = "User: " + callerArn + " is not authorized to perform: " + action + shown;
    String why =
        reason == Decision.Reason.EXPLICIT_DENY
            ? " with an explicit deny in " + type.article() + " " + type.phrase() + " policy"
            : " because no " + type.phrase() + " policy allows the " + action + " action";
    return switch (service) {
      case "s3" -> new AccessDenied("AccessDenied", "Access Denied", base + why);
      case "ec2" ->
          new AccessDenied("UnauthorizedOperation", EC2_SENTENCE, EC2_SENTENCE + " " + base + why);
      default -> {
        String classic =
            base + (reason == Decision.Reason.EXPLICIT_DENY ? " with an explicit deny" : "");
        yield new AccessDenied(codeOf(service), classic, base + why);
      }
    };
  }

  /** JSON-protocol services name the error {@code AccessDeniedException} (real output). */
  private static String codeOf(String service) {
    return service.equals("ssm") || service.equals("dynamodb")
        ? "AccessDeniedException"
        : "AccessDenied";
  }

  /** The message in the era asked for. */
  public String message(boolean enhanced) {
    return enhanced ? enhancedMessage : classicMessage;
  }
}
