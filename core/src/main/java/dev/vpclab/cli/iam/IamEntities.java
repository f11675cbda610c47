package dev.vpclab.cli.iam;

import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.model.View;
import dev.vpclab.model.iam.InstanceProfile;
import dev.vpclab.model.iam.ManagedPolicy;
import dev.vpclab.model.iam.Role;
import java.util.regex.Pattern;

/**
 * Finds IAM entities the way IAM does: names ignoring case, policies by ARN, each with IAM's own
 * NoSuchEntity wording (real CLI transcripts: {@code The role with name X cannot be found.}, {@code
 * Instance Profile X cannot be found.}, {@code Policy arn:… was not found.}, {@code Policy arn:…
 * does not exist or is not attachable.}, {@code ARN X is not valid.}).
 */
final class IamEntities {
  private static final Pattern ARN =
      Pattern.compile("arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:(\\d{12}|aws)?:.+");

  private IamEntities() {}

  /** A role by name; a name IAM could never have given is a ValidationError, not NoSuchEntity. */
  static Role role(View view, String name) {
    IamConstraints.name("roleName", name, 64).check();
    return view.find(Role.class, Role.keyOf(name))
        .orElseThrow(
            () ->
                new ServiceFault(
                    "NoSuchEntity", "The role with name " + name + " cannot be found."));
  }

  static InstanceProfile instanceProfile(View view, String name) {
    IamConstraints.name("instanceProfileName", name, 128).check();
    return view.find(InstanceProfile.class, InstanceProfile.keyOf(name))
        .orElseThrow(
            () ->
                new ServiceFault("NoSuchEntity", "Instance Profile " + name + " cannot be found."));
  }

  /** A managed policy asked for by ARN, for reading or changing it. */
  static ManagedPolicy policy(View view, String arn) {
    requireArn(arn);
    return view.find(ManagedPolicy.class, arn)
        .orElseThrow(() -> new ServiceFault("NoSuchEntity", "Policy " + arn + " was not found."));
  }

  /** A managed policy asked for by ARN to attach it. */
  static ManagedPolicy attachablePolicy(View view, String arn) {
    requireArn(arn);
    return view.find(ManagedPolicy.class, arn)
        .orElseThrow(
            () ->
                new ServiceFault(
                    "NoSuchEntity", "Policy " + arn + " does not exist or is not attachable."));
  }

  /** An ARN of the model's length (20 to 2048) that has the ARN form. */
  static void requireArn(String arn) {
    IamConstraints.rules().length("policyArn", arn, 20, 2048).check();
    if (!ARN.matcher(arn).matches()) {
      throw new ServiceFault("InvalidInput", "ARN " + arn + " is not valid.");
    }
  }

  /** How many roles have the policy attached: IAM users and groups are not simulated. */
  static int attachmentCount(View view, ManagedPolicy policy) {
    return (int) view.all(Role.class).filter(r -> r.hasAttached(policy.arn())).count();
  }
}
