package dev.vpclab.iam;

import dev.vpclab.iam.policy.PolicyType;
import dev.vpclab.model.iam.ManagedPolicy;
import java.util.Optional;

/**
 * One policy that applies to a request: its type, how a trace names it, its ARN if it has one and
 * the document that was evaluated (a managed policy's default version).
 */
public record PolicySource(PolicyType type, String label, Optional<String> arn, String document) {

  /** A managed policy attached to the caller, evaluated in its default version. */
  public static PolicySource managed(ManagedPolicy policy) {
    return new PolicySource(
        PolicyType.IDENTITY,
        "managed policy " + policy.name() + " (" + policy.defaultVersionId() + ")",
        Optional.of(policy.arn()),
        policy.defaultVersion().document());
  }

  /** A policy embedded in a role. */
  public static PolicySource inline(String roleName, String policyName, String document) {
    return new PolicySource(
        PolicyType.IDENTITY,
        "inline policy " + policyName + " of role " + roleName,
        Optional.empty(),
        document);
  }

  public static PolicySource bucket(String bucketName, String document) {
    return new PolicySource(
        PolicyType.RESOURCE,
        "bucket policy of " + bucketName,
        Optional.of("arn:aws:s3:::" + bucketName),
        document);
  }

  public static PolicySource endpoint(String vpceId, String document) {
    return new PolicySource(
        PolicyType.VPC_ENDPOINT, "endpoint policy of " + vpceId, Optional.empty(), document);
  }
}
