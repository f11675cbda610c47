package dev.vpclab.iam.action;

import java.util.List;

/**
 * What a call needs permission for: one IAM action on one or more resources. A few calls need no
 * permission at all ({@code sts:GetCallerIdentity}).
 */
public record Target(String action, List<TargetResource> resources, boolean needsPermission) {

  /** A call is authorized on at least one resource: {@code *} when it names none. */
  public Target {
    resources = resources.isEmpty() ? List.of(TargetResource.ANY) : List.copyOf(resources);
  }

  public static Target on(String action, TargetResource... resources) {
    return new Target(action, List.of(resources), true);
  }

  public static Target on(String action, List<TargetResource> resources) {
    return new Target(action, resources, true);
  }

  /** An action AWS lets every authenticated caller perform, whatever the policies say. */
  public static Target free(String action) {
    return new Target(action, List.of(TargetResource.ANY), false);
  }
}
