package dev.vpclab.iam.action;

import dev.vpclab.model.Account;
import dev.vpclab.model.View;
import dev.vpclab.model.iam.InstanceProfile;
import dev.vpclab.model.iam.Role;
import java.util.Map;
import java.util.Optional;

/**
 * IAM's operations: the action is {@code iam:} and the operation's name; the resource is the entity
 * the operation is about (Service Authorization Reference, IAM), chosen by the request's
 * parameters. An operation on a role and a profile is about the profile ({@code
 * AddRoleToInstanceProfile}), one on a role and a policy about the role ({@code AttachRolePolicy}).
 *
 * <p>The list operations are authorized on the path they list, and IAM's messages name it so (real
 * AccessDenied output): {@code ListRoles} on {@code arn:aws:iam::ACCOUNT:role/}, {@code
 * ListInstanceProfiles} on {@code …:instance-profile/}; {@code ListPolicies} names {@code policy
 * path /}, which is no ARN, so only {@code "Resource": "*"} covers it.
 */
final class IamActions implements ServiceActions {
  /** The list operations and the kind of entity whose path they list. */
  private static final Map<String, String> LISTS =
      Map.of("ListRoles", "role", "ListInstanceProfiles", "instance-profile", "ListUsers", "user");

  @Override
  public Target target(ApiCall call, View view) {
    String action = "iam:" + call.operation();
    String listed = LISTS.get(call.operation());
    if (listed != null) {
      return Target.on(action, TargetResource.of(arn(listed + pathPrefix(call))));
    }
    if (call.operation().equals("ListPolicies")) {
      return Target.on(action, TargetResource.anyShownAs("policy path " + pathPrefix(call)));
    }
    return Target.on(action, entity(call, view).map(TargetResource::of).orElse(TargetResource.ANY));
  }

  private static Optional<String> entity(ApiCall call, View view) {
    var profile = call.param("InstanceProfileName");
    if (profile.isPresent()) {
      return Optional.of(
          view.find(InstanceProfile.class, InstanceProfile.keyOf(profile.get()))
              .map(p -> p.arn(Account.ID))
              .orElse(arn("instance-profile" + path(call) + profile.get())));
    }
    var role = call.param("RoleName");
    if (role.isPresent()) {
      return Optional.of(
          view.find(Role.class, Role.keyOf(role.get()))
              .map(r -> r.arn(Account.ID))
              .orElse(arn("role" + path(call) + role.get())));
    }
    var policy = call.param("PolicyArn");
    if (policy.isPresent()) {
      return policy;
    }
    if (call.operation().equals("CreatePolicy")) {
      return call.param("PolicyName").map(name -> arn("policy" + path(call) + name));
    }
    return call.param("UserName").map(name -> arn("user" + path(call) + name));
  }

  /** An entity that does not exist yet is named with the path the request gives it. */
  private static String path(ApiCall call) {
    return call.param("Path").orElse("/");
  }

  private static String pathPrefix(ApiCall call) {
    return call.param("PathPrefix").orElse("/");
  }

  private static String arn(String resource) {
    return "arn:aws:iam::" + Account.ID + ":" + resource;
  }
}
