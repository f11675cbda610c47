package dev.vpclab.iam;

import dev.vpclab.iam.action.ApiCall;
import dev.vpclab.iam.action.Target;
import dev.vpclab.iam.action.TargetResource;
import dev.vpclab.iam.policy.AccessRequest;
import dev.vpclab.iam.policy.ContextKeys;
import dev.vpclab.iam.policy.PolicyDocument;
import dev.vpclab.iam.policy.PolicyType;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The IAM policy evaluation logic for a request within one account (IAM user guide, "Policy
 * evaluation logic"), for the policy types of the lab: an explicit Deny in any policy decides; then
 * the VPC endpoint policy, if the request came through one, must allow ("every policy type involved
 * must grant", VPC user guide, endpoints for S3); then an Allow in an identity-based policy, or in
 * a resource-based policy naming the caller itself, grants. Otherwise the request is implicitly
 * denied. A call on several resources must be allowed on each.
 */
record Evaluation(
    ApiCall call, CallerIdentity caller, ApplicablePolicies policies, ContextKeys keys) {

  /** A policy with its document read once for all the call's resources. */
  private record Read(PolicySource source, PolicyDocument document) {}

  Decision decide(Target target) {
    if (!target.needsPermission()) {
      return new Decision.Allowed(target, Optional.empty(), List.of());
    }
    List<Read> read =
        policies.inOrder().stream()
            .map(p -> new Read(p, PolicyDocument.read(p.document())))
            .toList();
    Decision decision = null;
    for (TargetResource resource : target.resources()) {
      decision = decide(target, resource, read);
      if (!decision.allowed()) {
        return decision;
      }
    }
    return decision;
  }

  private Decision decide(Target target, TargetResource resource, List<Read> read) {
    var request = new AccessRequest(target.action(), resource.arn(), caller.requester(), keys);
    List<PolicyResult> considered =
        read.stream()
            .map(p -> new PolicyResult(p.source(), p.document().check(request, p.source().type())))
            .toList();

    Optional<PolicyResult> denying =
        considered.stream().filter(r -> r.outcome() == PolicyResult.Outcome.DENIES).findFirst();
    if (denying.isPresent()) {
      PolicyType type = denying.get().source().type();
      return denied(target, resource, Decision.Reason.EXPLICIT_DENY, type, denying, considered);
    }
    Optional<PolicyResult> endpoint = ofType(considered, PolicyType.VPC_ENDPOINT).findFirst();
    if (endpoint.isPresent() && endpoint.get().outcome() != PolicyResult.Outcome.ALLOWS) {
      return denied(
          target,
          resource,
          Decision.Reason.NO_ALLOW,
          PolicyType.VPC_ENDPOINT,
          endpoint,
          considered);
    }
    Optional<PolicyResult> grant =
        allowing(considered, PolicyType.IDENTITY)
            .or(() -> allowing(considered, PolicyType.RESOURCE));
    if (grant.isPresent()) {
      return new Decision.Allowed(target, grant, considered);
    }
    return denied(
        target,
        resource,
        Decision.Reason.NO_ALLOW,
        PolicyType.IDENTITY,
        Optional.empty(),
        considered);
  }

  private static Stream<PolicyResult> ofType(List<PolicyResult> results, PolicyType type) {
    return results.stream().filter(r -> r.source().type() == type);
  }

  private static Optional<PolicyResult> allowing(List<PolicyResult> results, PolicyType type) {
    return ofType(results, type)
        .filter(r -> r.outcome() == PolicyResult.Outcome.ALLOWS)
        .findFirst();
  }

  private Decision denied(
      Target target,
      TargetResource resource,
      Decision.Reason reason,
      PolicyType type,
      Optional<PolicyResult> decidedBy,
      List<PolicyResult> considered) {
    AccessDenied error =
        AccessDenied.of(call, caller.caller().arn(), target.action(), resource, reason, type);
    return new Decision.Denied(target, resource, reason, type, decidedBy, error, considered);
  }
}
