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
import java.util.function.Predicate;

/**
 * Instance profiles, the one-role containers EC2 instances carry. Messages are real CLI output
 * (public transcripts) except the one for removing a role the profile does not hold, which is IAM's
 * role-not-found wording and not confirmed.
 */
public final class InstanceProfiles implements Handlers.Group {

  @Override
  public void register(Handlers.Builder on) {
    on.on("iam", "CreateInstanceProfile", this::create)
        .on("iam", "GetInstanceProfile", this::get)
        .on("iam", "ListInstanceProfiles", this::list)
        .on("iam", "ListInstanceProfilesForRole", this::listForRole)
        .on("iam", "AddRoleToInstanceProfile", this::addRole)
        .on("iam", "RemoveRoleFromInstanceProfile", this::removeRole)
        .on("iam", "DeleteInstanceProfile", this::delete);
  }

  private ObjectNode create(Request request, Tx tx) {
    String name = IamConstraints.required(request, "InstanceProfileName");
    String path = request.string("Path").orElse("/");
    IamConstraints.name("instanceProfileName", name, 128)
        .text("path", path, 1, 512, IamConstraints.PATH_PATTERN)
        .check();
    if (tx.find(InstanceProfile.class, InstanceProfile.keyOf(name)).isPresent()) {
      throw new ServiceFault(
          "EntityAlreadyExists", "Instance Profile " + name + " already exists.");
    }
    InstanceProfile profile =
        tx.put(
            new InstanceProfile(
                name, Ids.iam(tx, "AIPA"), path, List.of(), tx.now(), IamJson.tags(request)));
    return Request.object().set("InstanceProfile", IamJson.instanceProfile(profile, tx));
  }

  private ObjectNode get(Request request, Tx tx) {
    InstanceProfile profile = profile(request, tx);
    return Request.object().set("InstanceProfile", IamJson.instanceProfile(profile, tx));
  }

  private ObjectNode list(Request request, Tx tx) {
    String prefix = request.string("PathPrefix").orElse("/");
    return page(request, tx, p -> p.path().startsWith(prefix));
  }

  private ObjectNode listForRole(Request request, Tx tx) {
    Role role = IamEntities.role(tx, IamConstraints.required(request, "RoleName"));
    return page(request, tx, p -> p.holds(role.name()));
  }

  /** The profiles that match, in name order, one page of them as the request asks. */
  private static ObjectNode page(Request request, Tx tx, Predicate<InstanceProfile> matches) {
    List<InstanceProfile> profiles =
        tx.all(InstanceProfile.class)
            .filter(matches)
            .sorted(Comparator.comparing(InstanceProfile::key))
            .toList();
    return IamPage.put(
        Request.object(),
        "InstanceProfiles",
        profiles,
        request,
        p -> IamJson.instanceProfile(p, tx));
  }

  /** A profile carries one role; a second (even the same again) breaks the quota. */
  private ObjectNode addRole(Request request, Tx tx) {
    InstanceProfile profile = profile(request, tx);
    Role role = IamEntities.role(tx, IamConstraints.required(request, "RoleName"));
    if (!profile.roleNames().isEmpty()) {
      throw new ServiceFault(
          "LimitExceeded", "Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1");
    }
    tx.put(profile.withRoles(List.of(role.name())));
    return Request.object();
  }

  private ObjectNode removeRole(Request request, Tx tx) {
    InstanceProfile profile = profile(request, tx);
    String roleName = IamConstraints.required(request, "RoleName");
    Role role = IamEntities.role(tx, roleName);
    if (!profile.holds(role.name())) {
      throw new ServiceFault(
          "NoSuchEntity", "The role with name " + roleName + " cannot be found.");
    }
    tx.put(profile.withRoles(List.of()));
    return Request.object();
  }

  private ObjectNode delete(Request request, Tx tx) {
    InstanceProfile profile = profile(request, tx);
    if (!profile.roleNames().isEmpty()) {
      throw new ServiceFault(
          "DeleteConflict", "Cannot delete entity, must remove roles from instance profile first.");
    }
    tx.remove(profile);
    return Request.object();
  }

  private static InstanceProfile profile(Request request, Tx tx) {
    return IamEntities.instanceProfile(tx, IamConstraints.required(request, "InstanceProfileName"));
  }
}
