package dev.vpclab.iam;

import dev.vpclab.iam.action.Target;
import dev.vpclab.iam.action.TargetResource;
import dev.vpclab.iam.policy.PolicyType;
import dev.vpclab.iam.policy.StatementResult;
import java.util.List;
import java.util.Optional;

/**
 * The answer to "may this caller make this call": allowed, or denied with the policy type and
 * statement that decided, the reason, and the error the service would return. Either way it carries
 * every policy considered with its result, for the trace.
 */
public sealed interface Decision {

  /** Why a call was refused: a Deny statement applied, or no Allow statement did. */
  enum Reason {
    EXPLICIT_DENY,
    NO_ALLOW
  }

  /** The action and resources the call was authorized for. */
  Target target();

  /** Every policy that was checked, in evaluation order, with its statements' results. */
  List<PolicyResult> considered();

  boolean allowed();

  /** The decision in one line, for the learner: which policy and statement decided. */
  String why();

  /**
   * The call may proceed. {@code grantedBy} is the policy whose Allow counted; empty when the
   * action needs no permission.
   */
  record Allowed(Target target, Optional<PolicyResult> grantedBy, List<PolicyResult> considered)
      implements Decision {
    public Allowed {
      considered = List.copyOf(considered);
    }

    @Override
    public boolean allowed() {
      return true;
    }

    @Override
    public String why() {
      return grantedBy
          .map(p -> "allowed by " + p.source().label() + ", " + statementOf(p))
          .orElse(target.action() + " needs no permission");
    }
  }

  /**
   * The call is refused for {@code resource}. {@code decidedBy} is the policy that denied, or for a
   * missing allow in an endpoint policy that endpoint's policy; empty when no identity-based (or
   * resource-based) policy allowed.
   */
  record Denied(
      Target target,
      TargetResource resource,
      Reason reason,
      PolicyType policyType,
      Optional<PolicyResult> decidedBy,
      AccessDenied error,
      List<PolicyResult> considered)
      implements Decision {
    public Denied {
      considered = List.copyOf(considered);
    }

    @Override
    public boolean allowed() {
      return false;
    }

    @Override
    public String why() {
      String what = target.action() + resource.inMessage().map(r -> " on " + r).orElse("");
      if (reason == Reason.EXPLICIT_DENY) {
        PolicyResult policy = decidedBy.orElseThrow();
        return "denied by " + policy.source().label() + ", " + statementOf(policy);
      }
      if (decidedBy.isPresent()) {
        return "no statement of " + decidedBy.get().source().label() + " allows " + what;
      }
      boolean none = considered.stream().noneMatch(r -> r.source().type() == PolicyType.IDENTITY);
      return "no identity-based policy allows " + what + (none ? " (the caller has none)" : "");
    }

    /** The Deny statement that applied, for an explicit deny. */
    public Optional<StatementResult> statement() {
      return decidedBy.flatMap(PolicyResult::deciding);
    }
  }

  private static String statementOf(PolicyResult policy) {
    return policy.deciding().map(StatementResult::label).orElse("no statement");
  }
}
