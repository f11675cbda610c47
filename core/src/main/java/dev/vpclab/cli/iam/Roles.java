package dev.vpclab.cli.iam;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Handlers;
import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.model.Ids;
import dev.vpclab.model.Tx;
import dev.vpclab.model.iam.InstanceProfile;
import dev.vpclab.model.iam.Role;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** IAM roles: create, read, list, change the trust policy, delete. */
public final class Roles implements Handlers.Group {

  @Override
  public void register(Handlers.Builder on) {
    on.on("iam", "CreateRole", this::create)
        .on("iam", "GetRole", this::get)
        .on("iam", "ListRoles", this::list)
        .on("iam", "UpdateAssumeRolePolicy", this::updateTrustPolicy)
        .on("iam", "DeleteRole", this::delete);
  }

  private ObjectNode create(Request request, Tx tx) {
    String name = IamConstraints.required(request, "RoleName");
    String trustPolicy = IamConstraints.required(request, "AssumeRolePolicyDocument");
    String path = request.string("Path").orElse("/");
    String description = request.string("Description").orElse(null);
    Integer maxSession = request.integer("MaxSessionDuration").orElse(null);
    IamConstraints.name("roleName", name, 64)
        .text("path", path, 1, 512, IamConstraints.PATH_PATTERN)
        .length("description", description, 0, 1000)
        .range("maxSessionDuration", maxSession, 3600, 43200)
        .check();
    if (tx.find(Role.class, Role.keyOf(name)).isPresent()) {
      throw new ServiceFault("EntityAlreadyExists", "Role with name " + name + " already exists.");
    }
    PolicyDocuments.require(trustPolicy, PolicyDocuments.Kind.TRUST);
    Role role =
        tx.put(
            new Role(
                name,
                Ids.iam(tx, "AROA"),
                path,
                trustPolicy,
                description,
                maxSession == null ? Role.DEFAULT_MAX_SESSION_DURATION : maxSession,
                List.of(),
                Map.of(),
                tx.now(),
                IamJson.tags(request)));
    return Request.object().set("Role", IamJson.createdRole(role));
  }

  private ObjectNode get(Request request, Tx tx) {
    Role role = IamEntities.role(tx, IamConstraints.required(request, "RoleName"));
    return Request.object().set("Role", IamJson.role(role));
  }

  private ObjectNode list(Request request, Tx tx) {
    String prefix = request.string("PathPrefix").orElse("/");
    List<Role> roles =
        tx.all(Role.class)
            .filter(r -> r.path().startsWith(prefix))
            .sorted(Comparator.comparing(Role::key))
            .toList();
    return IamPage.put(Request.object(), "Roles", roles, request, IamJson::listedRole);
  }

  private ObjectNode updateTrustPolicy(Request request, Tx tx) {
    Role role = IamEntities.role(tx, IamConstraints.required(request, "RoleName"));
    String document =
        PolicyDocuments.require(
            IamConstraints.required(request, "PolicyDocument"), PolicyDocuments.Kind.TRUST);
    tx.put(role.withTrustPolicy(document));
    return Request.object();
  }

  /**
   * IAM never deletes what a role still holds; each leftover has its own DeleteConflict message
   * (real CLI output in public transcripts and issues).
   */
  private ObjectNode delete(Request request, Tx tx) {
    Role role = IamEntities.role(tx, IamConstraints.required(request, "RoleName"));
    if (tx.all(InstanceProfile.class).anyMatch(p -> p.holds(role.name()))) {
      throw new ServiceFault(
          "DeleteConflict", "Cannot delete entity, must remove roles from instance profile first.");
    }
    if (!role.attachedPolicyArns().isEmpty()) {
      throw new ServiceFault(
          "DeleteConflict", "Cannot delete entity, must detach all policies first.");
    }
    if (!role.inlinePolicies().isEmpty()) {
      throw new ServiceFault("DeleteConflict", "Cannot delete entity, must delete policies first.");
    }
    tx.remove(role);
    return Request.object();
  }
}
