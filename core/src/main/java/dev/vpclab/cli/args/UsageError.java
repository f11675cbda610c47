package dev.vpclab.cli.args;

import dev.vpclab.cli.CliVersion;

/**
 * A command line the real AWS CLI refuses before it sends anything: the message it prints and the
 * kind of refusal, from which the exit code and the framing of the message follow.
 *
 * @param kind which of the CLI's error paths the refusal takes
 * @param message the message without the CLI's framing (no usage block, no {@code aws: error:})
 */
public record UsageError(Kind kind, String message) {

  /** The error paths of the real CLI, which differ in framing and exit code. */
  public enum Kind {
    /**
     * argparse refused the words: a missing value, a missing required option, a bad int or choice,
     * an ambiguous abbreviation. Printed after the usage block as {@code aws: error: ...}; exit 2
     * in CLI v1 (argparse's own exit), 252 in CLI v2.
     */
    ARGPARSE,
    /** Words no option claimed: {@code Unknown options: --foo, 1}. Exit 255 (v1), 252 (v2). */
    UNKNOWN_OPTIONS,
    /**
     * A value the CLI could not turn into a valid request: {@code Error parsing parameter ...},
     * {@code Parameter validation failed: ...}, the customizations' own checks. Exit 255 (v1), 252
     * (v2).
     */
    PARAMETER,
    /**
     * A Python exception the CLI has no handler for (e.g. {@code invalid literal for int() with
     * base 10: 'x'} from shorthand): exit 255 in both versions.
     */
    GENERAL
  }

  /** The usage block argparse prints above its errors (identical in v1 1.18 and v2). */
  static final String USAGE =
      "usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n"
          + "To see help text, you can run:\n"
          + "\n"
          + "  aws help\n"
          + "  aws <command> help\n"
          + "  aws <command> <subcommand> help\n";

  public static UsageError argparse(String message) {
    return new UsageError(Kind.ARGPARSE, message);
  }

  public static UsageError parameter(String message) {
    return new UsageError(Kind.PARAMETER, message);
  }

  /** {@code Error parsing parameter '--tags': ...}. */
  public static UsageError paramError(String cliName, String message) {
    return parameter("Error parsing parameter '" + cliName + "': " + message);
  }

  public static UsageError general(String message) {
    return new UsageError(Kind.GENERAL, message);
  }

  /** The process exit status the real CLI ends with. */
  public int exitCode(CliVersion version) {
    if (version == CliVersion.V2) {
      return kind == Kind.GENERAL ? 255 : 252;
    }
    return kind == Kind.ARGPARSE ? 2 : 255;
  }

  /**
   * Exactly what the real CLI writes to standard error.
   *
   * <p>CLI v1 1.45 (the pip version this was checked against) prints {@code usage: \rNote: AWS CLI
   * version 2, the latest major version of the AWS CLI, is now stable ...} and a blank line before
   * the usage block. Amazon Linux 2's aws-cli/1.18.147, which vpclab's v1 stands for, predates that
   * note, so it is left out here.
   */
  public String stderr(CliVersion version) {
    boolean v2 = version == CliVersion.V2;
    return switch (kind) {
      case ARGPARSE ->
          v2
              ? "\n" + USAGE + "\naws: error: " + message + "\n\n"
              : USAGE + "aws: error: " + message + "\n";
      case UNKNOWN_OPTIONS ->
          v2 ? "\n" + USAGE + "\n" + message + "\n\n" : USAGE + "\n" + message + "\n";
      case PARAMETER, GENERAL -> "\n" + message + "\n";
    };
  }
}
