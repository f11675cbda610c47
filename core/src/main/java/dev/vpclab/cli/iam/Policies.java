package dev.vpclab.cli.iam;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Handlers;
import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.model.Account;
import dev.vpclab.model.Ids;
import dev.vpclab.model.Tx;
import dev.vpclab.model.iam.ManagedPolicy;
import dev.vpclab.model.iam.Role;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Managed policies: the account's own (created, versioned, deleted here) and AWS's (read-only,
 * listed beside them). DeleteConflict and LimitExceeded messages are real CLI output from public
 * transcripts; the refusals to change AWS managed policies follow LocalStack, whose IAM tests are
 * recorded against real AWS.
 */
public final class Policies implements Handlers.Group {
  /** The largest managed policy document, whitespace not counted (IAM quotas). */
  private static final int POLICY_SIZE = 6144;

  @Override
  public void register(Handlers.Builder on) {
    on.on("iam", "CreatePolicy", this::create)
        .on("iam", "GetPolicy", this::get)
        .on("iam", "ListPolicies", this::list)
        .on("iam", "DeletePolicy", this::delete)
        .on("iam", "CreatePolicyVersion", this::createVersion)
        .on("iam", "GetPolicyVersion", this::getVersion)
        .on("iam", "ListPolicyVersions", this::listVersions)
        .on("iam", "ListEntitiesForPolicy", this::listEntities);
  }

  private ObjectNode create(Request request, Tx tx) {
    String name = IamConstraints.required(request, "PolicyName");
    String path = request.string("Path").orElse("/");
    String description = request.string("Description").orElse(null);
    IamConstraints.name("policyName", name, 128)
        .text("path", path, 1, 512, IamConstraints.POLICY_PATH_PATTERN)
        .length("description", description, 0, 1000)
        .check();
    String document = document(request);
    boolean taken =
        tx.all(ManagedPolicy.class)
            .anyMatch(p -> !p.isAwsManaged() && p.name().equalsIgnoreCase(name));
    if (taken) {
      throw new ServiceFault(
          "EntityAlreadyExists",
          "A policy called " + name + " already exists. Duplicate names are not allowed.");
    }
    var version = new ManagedPolicy.Version("v1", document, tx.now());
    ManagedPolicy policy =
        tx.put(
            new ManagedPolicy(
                "arn:aws:iam::" + Account.ID + ":policy" + path + name,
                name,
                Ids.iam(tx, "ANPA"),
                path,
                description,
                List.of(version),
                "v1",
                tx.now(),
                tx.now(),
                IamJson.tags(request)));
    return Request.object()
        .set("Policy", IamJson.withTags(IamJson.policy(policy, tx), policy.tags()));
  }

  private ObjectNode get(Request request, Tx tx) {
    ManagedPolicy policy = IamEntities.policy(tx, IamConstraints.required(request, "PolicyArn"));
    return Request.object().set("Policy", IamJson.policyDetail(policy, tx));
  }

  private ObjectNode list(Request request, Tx tx) {
    IamConstraints.rules()
        .oneOf("scope", request.string("Scope").orElse(null), List.of("All", "AWS", "Local"))
        .oneOf(
            "policyUsageFilter",
            request.string("PolicyUsageFilter").orElse(null),
            List.of("PermissionsPolicy", "PermissionsBoundary"))
        .check();
    String scope = request.string("Scope").orElse("All");
    String prefix = request.string("PathPrefix").orElse("/");
    boolean onlyAttached = request.bool("OnlyAttached").orElse(false);
    boolean boundaries =
        request.string("PolicyUsageFilter").orElse("").equals("PermissionsBoundary");
    Predicate<ManagedPolicy> inScope =
        switch (scope) {
          case "AWS" -> ManagedPolicy::isAwsManaged;
          case "Local" -> p -> !p.isAwsManaged();
          default -> p -> true;
        };
    List<ManagedPolicy> policies =
        tx.all(ManagedPolicy.class)
            .filter(inScope)
            .filter(p -> p.path().startsWith(prefix))
            .filter(p -> !onlyAttached || IamEntities.attachmentCount(tx, p) > 0)
            .filter(p -> !boundaries)
            .sorted(Comparator.comparing(p -> p.name().toLowerCase()))
            .toList();
    return IamPage.put(Request.object(), "Policies", policies, request, p -> IamJson.policy(p, tx));
  }

  private ObjectNode delete(Request request, Tx tx) {
    String arn = IamConstraints.required(request, "PolicyArn");
    refuseAwsManaged(arn, "Cannot delete policies outside your own account.");
    ManagedPolicy policy = IamEntities.policy(tx, arn);
    if (IamEntities.attachmentCount(tx, policy) > 0) {
      throw new ServiceFault("DeleteConflict", "Cannot delete a policy attached to entities.");
    }
    if (policy.versions().size() > 1) {
      throw new ServiceFault(
          "DeleteConflict",
          "This policy has more than one version. Before you delete a policy, you must delete the"
              + " policy's versions. The default version is deleted with the policy.");
    }
    tx.remove(policy);
    return Request.object();
  }

  private ObjectNode createVersion(Request request, Tx tx) {
    String arn = IamConstraints.required(request, "PolicyArn");
    refuseAwsManaged(arn, "Cannot create versions for policies outside your own account.");
    ManagedPolicy policy = IamEntities.policy(tx, arn);
    String document = document(request);
    if (policy.versions().size() >= ManagedPolicy.MAX_VERSIONS) {
      throw new ServiceFault(
          "LimitExceeded",
          "A managed policy can have up to 5 versions. Before you create a new version, you must"
              + " delete an existing version.");
    }
    var version = new ManagedPolicy.Version(policy.nextVersionId(), document, tx.now());
    ManagedPolicy changed =
        tx.put(policy.withVersion(version, request.bool("SetAsDefault").orElse(false)));
    return Request.object().set("PolicyVersion", IamJson.version(changed, version, false));
  }

  /** Unknown version: the wording of the attach error, as emulators have it; not confirmed. */
  private ObjectNode getVersion(Request request, Tx tx) {
    ManagedPolicy policy = IamEntities.policy(tx, IamConstraints.required(request, "PolicyArn"));
    String versionId = IamConstraints.required(request, "VersionId");
    ManagedPolicy.Version version =
        policy
            .version(versionId)
            .orElseThrow(
                () ->
                    new ServiceFault(
                        "NoSuchEntity",
                        "Policy "
                            + policy.arn()
                            + " version "
                            + versionId
                            + " does not exist or is not attachable."));
    return Request.object().set("PolicyVersion", IamJson.version(policy, version, true));
  }

  private ObjectNode listVersions(Request request, Tx tx) {
    ManagedPolicy policy = IamEntities.policy(tx, IamConstraints.required(request, "PolicyArn"));
    return IamPage.put(
        Request.object(),
        "Versions",
        policy.versions(),
        request,
        v -> IamJson.version(policy, v, false));
  }

  /** Only roles are simulated, so users and groups are always empty lists. */
  private ObjectNode listEntities(Request request, Tx tx) {
    ManagedPolicy policy = IamEntities.policy(tx, IamConstraints.required(request, "PolicyArn"));
    String filter = request.string("EntityFilter").orElse("Role");
    String prefix = request.string("PathPrefix").orElse("/");
    ArrayNode roles = Request.array();
    if (filter.equals("Role")) {
      tx.all(Role.class)
          .filter(r -> r.hasAttached(policy.arn()) && r.path().startsWith(prefix))
          .sorted(Comparator.comparing(Role::key))
          .forEach(
              r -> roles.add(Request.object().put("RoleName", r.name()).put("RoleId", r.id())));
    }
    ObjectNode out = Request.object();
    out.set("PolicyGroups", Request.array());
    out.set("PolicyUsers", Request.array());
    out.set("PolicyRoles", roles);
    return out.put("IsTruncated", false);
  }

  private static String document(Request request) {
    String document =
        PolicyDocuments.require(
            IamConstraints.required(request, "PolicyDocument"), PolicyDocuments.Kind.IDENTITY);
    if (document.replaceAll("\\s", "").length() > POLICY_SIZE) {
      throw new ServiceFault("LimitExceeded", "Cannot exceed quota for PolicySize: " + POLICY_SIZE);
    }
    return document;
  }

  private static void refuseAwsManaged(String arn, String message) {
    if (arn.startsWith("arn:aws:iam::aws:")) {
      throw new ServiceFault("AccessDenied", message);
    }
  }
}
