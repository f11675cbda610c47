package dev.vpclab.cli.ec2;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.model.Account;
import dev.vpclab.model.View;
import dev.vpclab.model.iam.InstanceProfile;
import java.util.Optional;

/**
 * The IAM instance profile an {@code IamInstanceProfile} specification names, by {@code Name} or by
 * {@code Arn}. An unknown one is refused with the message EC2 gives while a new profile is not yet
 * visible to it (aws-facts.md section 8; the ARN form from public SDK transcripts).
 */
final class InstanceProfiles {
  private InstanceProfiles() {}

  static InstanceProfile resolve(View view, JsonNode specification) {
    if (specification.hasNonNull("Arn")) {
      String arn = specification.get("Arn").asText();
      String name = arn.substring(arn.lastIndexOf('/') + 1);
      return find(view, name)
          .filter(p -> p.arn(Account.ID).equals(arn))
          .orElseThrow(
              () ->
                  new ServiceFault(
                      "InvalidParameterValue",
                      "Value ("
                          + arn
                          + ") for parameter iamInstanceProfile.arn is invalid. Invalid IAM"
                          + " Instance Profile ARN"));
    }
    String name = specification.path("Name").asText("");
    return find(view, name)
        .orElseThrow(
            () ->
                new ServiceFault(
                    "InvalidParameterValue",
                    "Value ("
                        + name
                        + ") for parameter iamInstanceProfile.name is invalid. Invalid IAM"
                        + " Instance Profile name"));
  }

  private static Optional<InstanceProfile> find(View view, String name) {
    return view.find(InstanceProfile.class, name.toLowerCase());
  }

  /** What the learner should know about a profile AWS accepts without complaint. */
  static Optional<String> advice(InstanceProfile profile) {
    if (profile.roleName().isEmpty()) {
      return Optional.of(
          "instance profile "
              + profile.name()
              + " holds no role: the instance will find no credentials in its metadata until a"
              + " role is added (aws iam add-role-to-instance-profile)");
    }
    return Optional.empty();
  }
}
