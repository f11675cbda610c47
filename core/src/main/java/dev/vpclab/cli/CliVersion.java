package dev.vpclab.cli;

/**
 * Which real AWS CLI vpclab behaves like. The two differ in small, visible ways: exit codes of
 * usage errors, blank lines around error messages, a few messages and options.
 */
public enum CliVersion {
  /**
   * AWS CLI v1 as Amazon Linux 2 ships it (aws-cli/1.18.147): what a learner meets on an instance.
   */
  V1,
  /** AWS CLI v2: what a learner installs on a laptop today. */
  V2
}
