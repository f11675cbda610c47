package dev.vpclab.cli;

import dev.vpclab.cli.args.UsageError;
import dev.vpclab.shell.CommandResult;

/**
 * The real CLI's error output: where each message goes, its framing and the exit status, per
 * version (aws-facts.md section 2, checked with cat -A against CLI v1 and v2's classic format).
 */
public final class CliErrors {
  private static final String CONFIGURE_HINT =
      " You can configure credentials by running \"aws configure\".";

  private CliErrors() {}

  /** {@code An error occurred (CODE) when calling the OP operation: MESSAGE}. */
  public static CommandResult service(
      CliVersion version, String code, String operation, String message) {
    return CommandResult.error(
        "\n" + clientErrorText(code, operation, message) + "\n", version.serviceErrorStatus());
  }

  /** botocore's ClientError as {@code str(e)} gives it, without the CLI's framing. */
  public static String clientErrorText(String code, String operation, String message) {
    return "An error occurred ("
        + code
        + ") when calling the "
        + operation
        + " operation: "
        + message;
  }

  public static CommandResult noCredentials(CliVersion version) {
    return configuration(version, "Unable to locate credentials." + CONFIGURE_HINT);
  }

  public static CommandResult noRegion(CliVersion version) {
    return configuration(
        version,
        "You must specify a region. You can also configure your region by running \"aws"
            + " configure\".");
  }

  /** v1 prints these two with no blank line first; v2 with one. */
  private static CommandResult configuration(CliVersion version, String message) {
    String framed = version == CliVersion.V1 ? message + "\n" : "\n" + message + "\n";
    return CommandResult.error(framed, version.configurationErrorStatus());
  }

  public static CommandResult missingProfile(String profile) {
    return CommandResult.error("\nThe config profile (" + profile + ") could not be found\n", 255);
  }

  /** DNS failure or refused connection (botocore EndpointConnectionError). */
  public static CommandResult couldNotConnect(CliVersion version, String url) {
    return CommandResult.error(
        "\nCould not connect to the endpoint URL: \"" + url + "\"\n",
        version.connectionErrorStatus());
  }

  /** The TCP connection never completed (botocore ConnectTimeoutError); 255 in every version. */
  public static CommandResult connectTimeout(CliVersion version, String url) {
    return CommandResult.error(
        "\nConnect timeout on endpoint URL: \"" + url + "\"\n", version.connectionErrorStatus());
  }

  public static CommandResult badRegionName(String region) {
    return CommandResult.error(
        "\nProvided region_name '" + region + "' doesn't match a supported format.\n", 255);
  }

  /**
   * A command with subcommands given none ({@code aws s3}, {@code aws ec2 wait}): v2 names the
   * command in its usage line, v1 prints the generic one.
   */
  public static CommandResult tooFewArguments(CliVersion version, String command) {
    String usage =
        version == CliVersion.V2
            ? "usage: aws [options] " + command + " <subcommand> [parameters]"
            : "usage: aws [options] <command> <subcommand> [parameters]";
    return CommandResult.error(
        "\n" + usage + "\naws: error: too few arguments\n", version.parameterErrorStatus());
  }

  public static CommandResult usage(CliVersion version, UsageError error) {
    return CommandResult.error(error.stderr(version), error.exitCode(version));
  }
}
