package dev.vpclab.assist;

import dev.vpclab.cli.CliVersion;
import java.util.List;

/**
 * The subcommands of the CLI's own commands that are not API operations ({@code aws s3 ls}, {@code
 * aws configure set}), with the descriptions their help pages open with (awscli/customizations).
 */
final class CustomCommands {
  /** One subcommand and the first sentence of its help. */
  record Subcommand(String name, String description) {}

  /** {@code aws s3}: awscli/customizations/s3/subcommands.py, in the order argparse lists them. */
  private static final List<Subcommand> S3 =
      List.of(
          new Subcommand(
              "ls", "List S3 objects and common prefixes under a prefix or all S3 buckets."),
          new Subcommand("website", "Set the website configuration for a bucket."),
          new Subcommand(
              "cp", "Copies a local file or S3 object to another location locally or in S3."),
          new Subcommand(
              "mv", "Moves a local file or S3 object to another location locally or in S3."),
          new Subcommand("rm", "Deletes an S3 object."),
          new Subcommand("sync", "Syncs directories and S3 prefixes."),
          new Subcommand("mb", "Creates an S3 bucket."),
          new Subcommand("rb", "Deletes an empty S3 bucket."),
          new Subcommand("presign", "Generate a pre-signed URL for an Amazon S3 object."));

  /** {@code aws configure}: the subcommands vpclab answers (list-profiles is v2's). */
  private static final List<Subcommand> CONFIGURE =
      List.of(
          new Subcommand(
              "list",
              "Lists the profile, access key, secret key, and region configuration information"
                  + " used for the specified profile."),
          new Subcommand("get", "Get a configuration value from the config file."),
          new Subcommand("set", "Set a configuration value from the config file."),
          new Subcommand("list-profiles", "List the profiles available to the AWS CLI."));

  /** The names {@code aws configure set} and {@code get} know without a section. */
  static final List<String> CONFIGURE_KEYS =
      List.of(
          "region", "output", "aws_access_key_id", "aws_secret_access_key", "aws_session_token");

  private CustomCommands() {}

  /** What the service list says of the two commands. */
  static String describe(String command) {
    return switch (command) {
      case "s3" -> "High-level S3 commands: ls, cp, mb, ...";
      case "configure" -> "Configure AWS CLI options.";
      default -> "";
    };
  }

  /** The subcommands of {@code aws s3} or {@code aws configure}. */
  static List<Subcommand> subcommands(String command, CliVersion version) {
    return switch (command) {
      case "s3" -> S3;
      case "configure" ->
          version == CliVersion.V1
              ? CONFIGURE.stream().filter(c -> !c.name().equals("list-profiles")).toList()
              : CONFIGURE;
      default -> List.of();
    };
  }
}
