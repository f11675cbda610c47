package dev.vpclab.model.iam;

import dev.vpclab.model.Tags;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The container that carries a role to EC2; it holds at most one role. Stored under its name in
 * lower case, like every IAM name.
 */
public record InstanceProfile(
    String name, String id, String path, List<String> roleNames, Instant createDate, Tags tags)
    implements NamedIamResource {

  public InstanceProfile {
    roleNames = List.copyOf(roleNames);
    tags = tags == null ? Tags.NONE : tags;
  }

  /** An instance profile without tags. */
  public InstanceProfile(
      String name, String id, String path, List<String> roleNames, Instant createDate) {
    this(name, id, path, roleNames, createDate, Tags.NONE);
  }

  /** The key a profile name is stored under. */
  public static String keyOf(String name) {
    return NamedIamResource.keyOf(name);
  }

  @Override
  public String kind() {
    return "instance-profile";
  }

  public String arn(String accountId) {
    return "arn:aws:iam::" + accountId + ":instance-profile" + path + name;
  }

  public Optional<String> roleName() {
    return roleNames.stream().findFirst();
  }

  /** Whether this profile carries the role, whatever the case the caller spelt it in. */
  public boolean holds(String roleName) {
    return roleNames.stream().anyMatch(r -> Role.keyOf(r).equals(Role.keyOf(roleName)));
  }

  public InstanceProfile withRoles(List<String> names) {
    return new InstanceProfile(name, id, path, names, createDate, tags);
  }
}
