package dev.vpclab.iam.policy;

/**
 * How a statement's Principal element covers the requester. The difference between naming the
 * requester and naming its account matters in the same account: a resource-based Allow for the
 * user, role, role session or {@code *} grants by itself, one for the account only delegates to the
 * account's identity-based policies (IAM user guide, "Policy evaluation logic").
 */
public enum PrincipalMatch {
  NONE,
  ACCOUNT,
  DIRECT
}
