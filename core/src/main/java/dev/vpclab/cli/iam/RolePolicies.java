package dev.vpclab.cli.iam;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.vpclab.cli.api.Handlers;
import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.model.Tx;
import dev.vpclab.model.iam.ManagedPolicy;
import dev.vpclab.model.iam.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * What a role may do: managed policies attached to it and inline policies embedded in it. Quotas
 * are IAM's defaults (IAM user guide, reference_iam-quotas): 10 managed policies per role, 10,240
 * characters of inline policy per role, whitespace not counted.
 */
public final class RolePolicies implements Handlers.Group {
  private static final int MANAGED_POLICIES_PER_ROLE = 10;
  private static final int INLINE_POLICY_SIZE = 10240;

  @Override
  public void register(Handlers.Builder on) {
    on.on("iam", "AttachRolePolicy", this::attach)
        .on("iam", "DetachRolePolicy", this::detach)
        .on("iam", "ListAttachedRolePolicies", this::listAttached)
        .on("iam", "PutRolePolicy", this::putInline)
        .on("iam", "GetRolePolicy", this::getInline)
        .on("iam", "DeleteRolePolicy", this::deleteInline)
        .on("iam", "ListRolePolicies", this::listInline);
  }

  /** Attaching a policy that is already attached changes nothing and succeeds. */
  private ObjectNode attach(Request request, Tx tx) {
    String arn = IamConstraints.required(request, "PolicyArn");
    IamEntities.requireArn(arn);
    Role role = IamEntities.role(tx, IamConstraints.required(request, "RoleName"));
    ManagedPolicy policy = IamEntities.attachablePolicy(tx, arn);
    if (role.hasAttached(policy.arn())) {
      return Request.object();
    }
    if (role.attachedPolicyArns().size() >= MANAGED_POLICIES_PER_ROLE) {
      throw new ServiceFault(
          "LimitExceeded", "Cannot exceed quota for PoliciesPerRole: " + MANAGED_POLICIES_PER_ROLE);
    }
    var arns = new ArrayList<>(role.attachedPolicyArns());
    arns.add(policy.arn());
    tx.put(role.withAttached(arns));
    return Request.object();
  }

  /** Message for a policy that is not attached: moto's wording, not confirmed on real AWS. */
  private ObjectNode detach(Request request, Tx tx) {
    String arn = IamConstraints.required(request, "PolicyArn");
    IamEntities.requireArn(arn);
    Role role = IamEntities.role(tx, IamConstraints.required(request, "RoleName"));
    if (!role.hasAttached(arn)) {
      throw new ServiceFault("NoSuchEntity", "Policy " + arn + " was not found.");
    }
    var arns = new ArrayList<>(role.attachedPolicyArns());
    arns.remove(arn);
    tx.put(role.withAttached(arns));
    return Request.object();
  }

  private ObjectNode listAttached(Request request, Tx tx) {
    Role role = IamEntities.role(tx, IamConstraints.required(request, "RoleName"));
    String prefix = request.string("PathPrefix").orElse("/");
    List<ManagedPolicy> policies =
        role.attachedPolicyArns().stream()
            .map(arn -> IamEntities.policy(tx, arn))
            .filter(p -> p.path().startsWith(prefix))
            .toList();
    return IamPage.put(
        Request.object(),
        "AttachedPolicies",
        policies,
        request,
        p -> Request.object().put("PolicyName", p.name()).put("PolicyArn", p.arn()));
  }

  private ObjectNode putInline(Request request, Tx tx) {
    Role role = IamEntities.role(tx, IamConstraints.required(request, "RoleName"));
    String name = IamConstraints.required(request, "PolicyName");
    IamConstraints.name("policyName", name, 128).check();
    String document =
        PolicyDocuments.require(
            IamConstraints.required(request, "PolicyDocument"), PolicyDocuments.Kind.IDENTITY);
    var policies = new LinkedHashMap<>(role.inlinePolicies());
    policies.put(name, document);
    int size = policies.values().stream().mapToInt(d -> d.replaceAll("\\s", "").length()).sum();
    if (size > INLINE_POLICY_SIZE) {
      throw new ServiceFault(
          "LimitExceeded",
          "Maximum policy size of "
              + INLINE_POLICY_SIZE
              + " bytes exceeded for role "
              + role.name());
    }
    tx.put(role.withInline(policies));
    return Request.object();
  }

  private ObjectNode getInline(Request request, Tx tx) {
    Role role = IamEntities.role(tx, IamConstraints.required(request, "RoleName"));
    String name = IamConstraints.required(request, "PolicyName");
    ObjectNode out = Request.object().put("RoleName", role.name()).put("PolicyName", name);
    out.set("PolicyDocument", PolicyDocuments.render(inline(role, name)));
    return out;
  }

  private ObjectNode deleteInline(Request request, Tx tx) {
    Role role = IamEntities.role(tx, IamConstraints.required(request, "RoleName"));
    String name = IamConstraints.required(request, "PolicyName");
    inline(role, name);
    var policies = new LinkedHashMap<>(role.inlinePolicies());
    policies.remove(name);
    tx.put(role.withInline(policies));
    return Request.object();
  }

  private ObjectNode listInline(Request request, Tx tx) {
    Role role = IamEntities.role(tx, IamConstraints.required(request, "RoleName"));
    List<String> names = role.inlinePolicies().keySet().stream().sorted().toList();
    return IamPage.put(Request.object(), "PolicyNames", names, request, TextNode::valueOf);
  }

  /** Real message: aws/aws-cli issue #6139 (DeleteRolePolicy). */
  private static String inline(Role role, String name) {
    IamConstraints.name("policyName", name, 128).check();
    String document = role.inlinePolicies().get(name);
    if (document == null) {
      throw new ServiceFault(
          "NoSuchEntity", "The role policy with name " + name + " cannot be found.");
    }
    return document;
  }
}
