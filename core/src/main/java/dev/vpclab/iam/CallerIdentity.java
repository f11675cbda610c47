package dev.vpclab.iam;

import dev.vpclab.iam.policy.Requester;
import dev.vpclab.model.Account;
import dev.vpclab.model.View;
import dev.vpclab.model.iam.ManagedPolicies;
import dev.vpclab.model.iam.ManagedPolicy;
import dev.vpclab.model.iam.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A caller looked up in the account: how policies' Principal elements see it, its unique ID (for
 * {@code aws:userid}) and its identity-based policies. The laptop's administrator holds
 * AdministratorAccess; a role session holds its role's attached managed policies, in their default
 * versions, and its inline policies. A session of a role deleted since holds nothing.
 */
record CallerIdentity(
    Caller caller, Requester requester, Optional<String> userId, List<PolicySource> policies) {

  static final String ADMINISTRATOR_ACCESS = "arn:aws:iam::aws:policy/AdministratorAccess";

  static CallerIdentity of(Caller caller, View view) {
    if (caller instanceof Caller.RoleSession session) {
      return ofSession(session, view);
    }
    var user = (Caller.User) caller;
    boolean admin = user.name().equals(Account.ADMIN_USER);
    List<PolicySource> policies = admin ? managed(view, List.of(ADMINISTRATOR_ACCESS)) : List.of();
    return new CallerIdentity(
        caller,
        new Requester(caller.arn(), Optional.empty(), Account.ID),
        admin ? Optional.of(Account.ADMIN_USER_ID) : Optional.empty(),
        policies);
  }

  private static CallerIdentity ofSession(Caller.RoleSession session, View view) {
    Optional<Role> role = view.find(Role.class, Role.keyOf(session.roleName()));
    String roleArn =
        role.map(r -> r.arn(Account.ID))
            .orElse("arn:aws:iam::" + Account.ID + ":role/" + session.roleName());
    var policies = new ArrayList<PolicySource>();
    role.ifPresent(
        r -> {
          policies.addAll(managed(view, r.attachedPolicyArns()));
          r.inlinePolicies()
              .forEach((name, doc) -> policies.add(PolicySource.inline(r.name(), name, doc)));
        });
    return new CallerIdentity(
        session,
        new Requester(session.arn(), Optional.of(roleArn), Account.ID),
        role.map(r -> r.id() + ":" + session.sessionName()),
        policies);
  }

  /**
   * Managed policies by ARN; AWS managed ones are found in the catalog if the account lacks them.
   */
  private static List<PolicySource> managed(View view, List<String> arns) {
    var out = new ArrayList<PolicySource>();
    for (String arn : arns) {
      view.find(ManagedPolicy.class, arn)
          .or(() -> ManagedPolicies.catalog().byArn(arn))
          .map(PolicySource::managed)
          .ifPresent(out::add);
    }
    return out;
  }

  /** {@code aws:PrincipalArn}: a session is known by its role's ARN. */
  String principalArn() {
    return requester.roleArn().orElse(requester.arn());
  }
}
