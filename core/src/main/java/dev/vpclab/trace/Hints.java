package dev.vpclab.trace;

import java.util.List;
import java.util.Optional;

/**
 * The obvious fix for a failed step, where there is one, said as the command that makes it. Keyed
 * by the explanation code of the deciding step; the step's component names what to change.
 */
public final class Hints {
  private Hints() {}

  public static Optional<String> forTrace(
      List<Step> steps, int deciding, Optional<String> endpointRegion) {
    if (steps.isEmpty() || !steps.get(deciding).failed()) {
      return Optional.empty();
    }
    Step step = steps.get(deciding);
    String id = step.component().resourceId().orElse("…");
    return Optional.ofNullable(
        switch (step.explanationCode().orElse("")) {
          case "DNS_RESOLUTION_DISABLED" ->
              "turn the VPC's resolver back on: aws ec2"
                  + " modify-vpc-attribute --vpc-id "
                  + id
                  + " --enable-dns-support '{\"Value\":true}'";
          case "BAD_STATE_ROUTE" ->
              "the route's target is gone: replace it (aws ec2 replace-route"
                  + " --route-table-id "
                  + id
                  + " …) or delete it";
          case "SUBNET_ACL_RESTRICTION" ->
              "network ACLs are stateless: "
                  + id
                  + " must allow both the request and the replies on ephemeral ports 1024-65535";
          case "ENI_SG_RULES_MISMATCH" ->
              "add a rule to "
                  + id
                  + " (aws ec2 authorize-security-group-"
                  + (step.detail().startsWith("no outbound") ? "egress" : "ingress")
                  + " --group-id "
                  + id
                  + " …)";
          case "IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS" ->
              "give the instance a public IP (an"
                  + " Elastic IP), or route its subnet through a NAT gateway";
          default -> regionHint(steps, step, endpointRegion).orElse(null);
        });
  }

  /**
   * The lab's moment: no route to an S3 address while the VPC has a gateway endpoint for S3 in
   * another region. The endpoint serves its own region only.
   */
  private static Optional<String> regionHint(
      List<Step> steps, Step failed, Optional<String> endpointRegion) {
    if (!failed.explanationCode().orElse("").equals("NO_ROUTE_TO_DESTINATION")
        || endpointRegion.isEmpty()) {
      return Optional.empty();
    }
    return steps.stream()
        .filter(s -> s.component().kind() == Component.Kind.REGION)
        .findFirst()
        .filter(s -> s.detail().contains("https://s3.amazonaws.com/"))
        .map(
            s ->
                "the gateway endpoint covers S3 in "
                    + endpointRegion.get()
                    + " only, and with no region the CLI calls s3.amazonaws.com (us-east-1): add"
                    + " --region "
                    + endpointRegion.get());
  }
}
