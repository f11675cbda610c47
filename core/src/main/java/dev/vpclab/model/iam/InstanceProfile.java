package dev.vpclab.model.iam;

import dev.vpclab.model.Resource;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The container that carries a role to EC2; it holds at most one role. */
public record InstanceProfile(
    String name, String id, String path, List<String> roleNames, Instant createDate)
    implements Resource {

  public InstanceProfile {
    roleNames = List.copyOf(roleNames);
  }

  @Override
  public String key() {
    return name.toLowerCase();
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

  public InstanceProfile withRoles(List<String> names) {
    return new InstanceProfile(name, id, path, names, createDate);
  }
}
