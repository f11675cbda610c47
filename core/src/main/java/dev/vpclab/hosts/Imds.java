package dev.vpclab.hosts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpclab.iam.PolicyJson;
import dev.vpclab.model.Account;
import dev.vpclab.model.View;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.model.ec2.NetworkIndex;
import dev.vpclab.model.ec2.ProfileAssociation;
import dev.vpclab.model.iam.InstanceProfile;
import dev.vpclab.model.iam.Role;
import java.util.Optional;

/**
 * The instance metadata service's answer to "which credentials does this instance have": the role
 * of its instance profile, if it has an active one whose role EC2 may assume (EC2 user guide,
 * iam-roles-for-amazon-ec2; IAM user guide, troubleshoot_iam-ec2).
 */
public final class Imds {
  private Imds() {}

  /** The credentials the metadata service hands out, or why there are none. */
  public sealed interface Credentials {
    /** Temporary credentials of {@code role}, through {@code profile}. */
    record Granted(Role role, InstanceProfile profile) implements Credentials {}

    /** None: {@code why} in the learner's words, {@code code} as the metadata service says it. */
    record None(String why, String code) implements Credentials {}
  }

  public static Credentials of(View view, Instance instance) {
    return of(NetworkIndex.of(view), instance);
  }

  /** As {@link #of(View, Instance)}, over an index kept between calls. */
  public static Credentials of(NetworkIndex network, Instance instance) {
    View view = network.view();
    if (!instance.metadata().imdsEnabled()) {
      return new Credentials.None(
          instance.id() + " has its instance metadata service turned off (HttpEndpoint disabled)",
          "IMDS_DISABLED");
    }
    Optional<ProfileAssociation> association = network.profileAssociationOf(instance.id());
    if (association.isEmpty()) {
      return new Credentials.None(
          instance.id()
              + " has no IAM instance profile, so"
              + " http://169.254.169.254/latest/meta-data/iam/security-credentials/ answers 404",
          "NO_INSTANCE_PROFILE");
    }
    String arn = association.get().profileArn();
    Optional<InstanceProfile> profile =
        view.all(InstanceProfile.class).filter(p -> p.arn(Account.ID).equals(arn)).findFirst();
    if (profile.isEmpty()) {
      return new Credentials.None(
          "the instance profile " + arn + " no longer exists", "InstanceProfileNotFound");
    }
    Optional<String> roleName = profile.get().roleName();
    if (roleName.isEmpty()) {
      return new Credentials.None(
          "the instance profile " + profile.get().name() + " contains no role", "NO_ROLE");
    }
    Optional<Role> role = view.find(Role.class, roleName.get().toLowerCase());
    if (role.isEmpty()) {
      return new Credentials.None("the role " + roleName.get() + " no longer exists", "NO_ROLE");
    }
    if (!trustsEc2(role.get())) {
      return new Credentials.None(
          "the trust policy of role "
              + role.get().name()
              + " does not let ec2.amazonaws.com assume it (the metadata service says"
              + " \"Code\": \"AssumeRoleUnauthorizedAccess\")",
          "AssumeRoleUnauthorizedAccess");
    }
    return new Credentials.Granted(role.get(), profile.get());
  }

  /** Whether some Allow statement lets the EC2 service principal call sts:AssumeRole. */
  private static boolean trustsEc2(Role role) {
    Optional<JsonNode> document = PolicyJson.parse(role.trustPolicy());
    if (document.isEmpty()) {
      return false;
    }
    for (JsonNode statement : PolicyJson.statements(document.get())) {
      if (!statement.path("Effect").asText().equals("Allow")) {
        continue;
      }
      boolean assume =
          PolicyJson.strings(statement, "Action", "NotAction").stream()
              .anyMatch(
                  a ->
                      a.equalsIgnoreCase("sts:AssumeRole")
                          || a.equals("*")
                          || a.equalsIgnoreCase("sts:*"));
      JsonNode service = statement.path("Principal").path("Service");
      boolean ec2 =
          service.isTextual()
              ? service.asText().equals("ec2.amazonaws.com")
              : java.util.stream.StreamSupport.stream(service.spliterator(), false)
                  .anyMatch(s -> s.asText().equals("ec2.amazonaws.com"));
      if (assume && ec2) {
        return true;
      }
    }
    return false;
  }
}
