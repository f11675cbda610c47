package dev.vpclab.cli;

import java.util.Optional;

/**
 * The hostname an AWS CLI call goes to, as botocore resolves it (aws-facts.md section 1.2): S3 with
 * no region (or us-east-1 on CLI v1) goes to the global {@code s3.amazonaws.com}; IAM is global;
 * everything else is {@code <service>.<region>.amazonaws.com}.
 */
public final class Endpoints {
  private Endpoints() {}

  /**
   * The URL the CLI prints in connection errors (with the trailing slash of the request path).
   *
   * @param endpointPrefix the service's endpoint prefix ({@code ec2}, {@code s3}, {@code iam}…)
   * @param region the resolved region, empty when none is configured
   */
  public static String url(String endpointPrefix, Optional<String> region, CliVersion version) {
    return "https://" + host(endpointPrefix, region, version) + "/";
  }

  public static String host(String endpointPrefix, Optional<String> region, CliVersion version) {
    switch (endpointPrefix) {
      case "iam":
        return "iam.amazonaws.com";
      case "s3", "sts":
        if (region.isEmpty() || (version == CliVersion.V1 && region.get().equals("us-east-1"))) {
          return endpointPrefix + ".amazonaws.com";
        }
        return endpointPrefix + "." + region.get() + ".amazonaws.com";
      default:
        return endpointPrefix + "." + region.orElse("us-east-1") + ".amazonaws.com";
    }
  }

  /** Whether a call to this service can be made with no region configured. */
  public static boolean isGlobal(String endpointPrefix, CliVersion version) {
    return endpointPrefix.equals("iam")
        || endpointPrefix.equals("s3")
        || (endpointPrefix.equals("sts") && version == CliVersion.V1);
  }
}
