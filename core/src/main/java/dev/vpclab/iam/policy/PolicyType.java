package dev.vpclab.iam.policy;

/**
 * The kinds of policy a same-account request meets in the lab, named as AWS names them in its
 * AccessDenied messages (IAM user guide, "Troubleshooting access denied error messages"), and how
 * each reads the Principal element.
 */
public enum PolicyType {
  /** Attached to the user or role; it has no Principal: it speaks for whoever holds it. */
  IDENTITY("identity-based", "an"),
  /** Attached to the resource, such as a bucket policy; it names whom it covers. */
  RESOURCE("resource-based", "a"),
  /** Attached to the VPC endpoint the request came through. */
  VPC_ENDPOINT("VPC endpoint", "a");

  private final String phrase;
  private final String article;

  PolicyType(String phrase, String article) {
    this.phrase = phrase;
    this.article = article;
  }

  /** The words of the AccessDenied message, e.g. {@code identity-based}. */
  public String phrase() {
    return phrase;
  }

  /** The article before the phrase: "an identity-based policy", "a VPC endpoint policy". */
  public String article() {
    return article;
  }

  /**
   * Whether a statement with this effect covers a requester its Principal element matches so. A
   * resource-based Deny for the account applies to everyone in it, an Allow for the account only
   * delegates; a gateway endpoint policy naming the account covers the account's root user only
   * (VPC user guide 2019, "Using VPC endpoint policies"), never a user or role.
   */
  public boolean covers(Effect effect, PrincipalMatch match) {
    return switch (this) {
      case IDENTITY -> true;
      case RESOURCE ->
          match == PrincipalMatch.DIRECT
              || (effect == Effect.DENY && match == PrincipalMatch.ACCOUNT);
      case VPC_ENDPOINT -> match == PrincipalMatch.DIRECT;
    };
  }
}
