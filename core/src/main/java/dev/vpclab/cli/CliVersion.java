package dev.vpclab.cli;

/**
 * The AWS CLI major version a machine runs. They differ in region resolution, S3 endpoints,
 * timestamp format, error framing and exit codes (aws-facts.md sections 1 and 2).
 */
public enum CliVersion {
  /** Amazon Linux 2's {@code aws-cli/1.18.147}. */
  V1,
  /** CLI v2 in its classic error format (before 2.34), as on the laptop and Amazon Linux 2023. */
  V2;

  /** Exit status after a service error (ClientError): v1 255, v2 254. */
  public int serviceErrorStatus() {
    return this == V1 ? 255 : 254;
  }

  /** Exit status after missing credentials or region: v1 255, v2 253. */
  public int configurationErrorStatus() {
    return this == V1 ? 255 : 253;
  }

  /** Exit status after a parameter error: v1 255, v2 252. */
  public int parameterErrorStatus() {
    return this == V1 ? 255 : 252;
  }

  /** Exit status after a connection error or timeout: 255 in both. */
  public int connectionErrorStatus() {
    return 255;
  }
}
