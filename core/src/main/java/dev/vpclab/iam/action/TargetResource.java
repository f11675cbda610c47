package dev.vpclab.iam.action;

import java.util.Optional;

/**
 * A resource a call is authorized against: the ARN policies' Resource elements are matched with
 * ({@code *} for actions that take no resource), and how the service names it in an AccessDenied
 * message, if it names one at all ({@code s3:ListAllMyBuckets} and EC2's describes name none).
 */
public record TargetResource(String arn, Optional<String> inMessage) {

  /** An action without resource-level permissions: only {@code "Resource": "*"} covers it. */
  public static final TargetResource ANY = new TargetResource("*", Optional.empty());

  /** A resource the message names by its ARN. */
  public static TargetResource of(String arn) {
    return new TargetResource(arn, Optional.of(arn));
  }

  /** An action matched against {@code *} whose message still names something. */
  public static TargetResource anyShownAs(String shown) {
    return new TargetResource("*", Optional.of(shown));
  }
}
