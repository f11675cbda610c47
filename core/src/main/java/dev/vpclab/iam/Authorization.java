package dev.vpclab.iam;

import dev.vpclab.iam.action.Actions;
import dev.vpclab.iam.action.ApiCall;
import dev.vpclab.iam.action.Target;
import dev.vpclab.model.View;

/**
 * Whether a simulated AWS API call is authorized, decided from the account's own policies: the
 * caller's identity-based policies (the administrator's AdministratorAccess; a role's attached and
 * inline policies), the bucket policy of an S3 call's bucket, and the policy of the VPC endpoint
 * the call came through. The tracer asks this for every call and shows the decision.
 */
public final class Authorization {
  private Authorization() {}

  /** What the call needs permission for, without deciding anything. */
  public static Target target(View view, ApiCall call) {
    return Actions.of(call, view);
  }

  public static Decision check(View view, Caller caller, ApiCall call, RequestContext where) {
    CallerIdentity identity = CallerIdentity.of(caller, view);
    var evaluation =
        new Evaluation(
            call,
            identity,
            ApplicablePolicies.of(view, identity, call, where),
            RequestKeys.of(identity, call, where, view.now()));
    return evaluation.decide(target(view, call));
  }
}
