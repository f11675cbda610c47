package dev.vpclab.cli;

import dev.vpclab.cli.args.CloseMatches;
import dev.vpclab.cli.args.UsageError;
import dev.vpclab.cli.python.PythonRepr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The CLI's global options, which may stand anywhere on the line ({@code aws ec2 describe-vpcs
 * --region us-east-1}): the main parser takes them out and leaves the rest to the command.
 */
public record GlobalOptions(
    Optional<String> region,
    Optional<String> output,
    Optional<String> query,
    Optional<String> profile,
    Optional<String> endpointUrl,
    boolean debug,
    boolean noPaginate,
    boolean version,
    List<String> rest) {

  private static final Set<String> VALUED_V1 =
      Set.of(
          "--region",
          "--output",
          "--query",
          "--profile",
          "--endpoint-url",
          "--color",
          "--ca-bundle",
          "--cli-read-timeout",
          "--cli-connect-timeout");
  private static final Set<String> VALUED_V2_ONLY = Set.of("--cli-binary-format");
  private static final Set<String> FLAGS_V1 =
      Set.of("--debug", "--no-paginate", "--no-verify-ssl", "--no-sign-request", "--version");
  private static final Set<String> FLAGS_V2_ONLY =
      Set.of("--no-cli-pager", "--cli-auto-prompt", "--no-cli-auto-prompt");
  private static final List<String> OUTPUTS_V1 = List.of("json", "text", "table");
  private static final List<String> OUTPUTS_V2 =
      List.of("json", "text", "table", "yaml", "yaml-stream");
  private static final List<String> COLORS = List.of("on", "off", "auto");
  private static final List<String> BINARY_FORMATS = List.of("base64", "raw-in-base64-out");

  /** The help of each option, as the CLI's data/cli.json words it (v2; v1 says the same). */
  private static final Map<String, String> HELP =
      Map.ofEntries(
          Map.entry("--debug", "Turn on debug logging."),
          Map.entry("--endpoint-url", "Override command's default URL with the given URL."),
          Map.entry(
              "--no-verify-ssl",
              "By default, the AWS CLI uses SSL when communicating with AWS services. For each"
                  + " SSL connection, the AWS CLI will verify SSL certificates. This option"
                  + " overrides the default behavior of verifying SSL certificates."),
          Map.entry("--no-paginate", "Disable automatic pagination."),
          Map.entry("--output", "The formatting style for command output."),
          Map.entry("--query", "A JMESPath query to use in filtering the response data."),
          Map.entry("--profile", "Use a specific profile from your credential file."),
          Map.entry("--region", "The region to use. Overrides config/env settings."),
          Map.entry("--version", "Display the version of this tool."),
          Map.entry("--color", "Turn on/off color output."),
          Map.entry(
              "--no-sign-request",
              "Do not sign requests. Credentials will not be loaded if this argument is"
                  + " provided."),
          Map.entry(
              "--ca-bundle",
              "The CA certificate bundle to use when verifying SSL certificates. Overrides"
                  + " config/env settings."),
          Map.entry(
              "--cli-read-timeout",
              "The maximum socket read time in seconds. If the value is set to 0, the socket"
                  + " read will be blocking and not timeout. The default value is 60 seconds."),
          Map.entry(
              "--cli-connect-timeout",
              "The maximum socket connect time in seconds. If the value is set to 0, the socket"
                  + " connect will be blocking and not timeout. The default value is 60"
                  + " seconds."),
          Map.entry(
              "--cli-binary-format",
              "The formatting style to be used for binary blobs. The default format is base64."),
          Map.entry("--no-cli-pager", "Disable cli pager for output."),
          Map.entry("--cli-auto-prompt", "Automatically prompt for CLI input parameters."),
          Map.entry(
              "--no-cli-auto-prompt", "Disable automatically prompt for CLI input parameters."));

  /** The result of taking the global options out of a command line. */
  public sealed interface Parse {
    record Parsed(GlobalOptions options) implements Parse {}

    record Refused(UsageError error) implements Parse {}
  }

  public static Parse parse(List<String> argv, CliVersion version) {
    var values = new java.util.HashMap<String, String>();
    var flags = new java.util.HashSet<String>();
    var rest = new ArrayList<String>();
    for (int i = 0; i < argv.size(); i++) {
      String word = argv.get(i);
      String name = word;
      String inline = null;
      int eq = word.indexOf('=');
      if (word.startsWith("--") && eq > 0) {
        name = word.substring(0, eq);
        inline = word.substring(eq + 1);
      }
      if (isValued(name, version)) {
        String value = inline;
        if (value == null) {
          if (i + 1 >= argv.size() || looksLikeOption(argv.get(i + 1))) {
            return refused("argument " + name + ": expected one argument");
          }
          value = argv.get(++i);
        }
        var invalid = checkChoice(name, value, version);
        if (invalid.isPresent()) {
          return new Parse.Refused(invalid.get());
        }
        values.put(name, value);
      } else if (isFlag(name, version) && inline == null) {
        flags.add(name);
      } else {
        rest.add(word);
      }
    }
    return new Parse.Parsed(
        new GlobalOptions(
            Optional.ofNullable(values.get("--region")),
            Optional.ofNullable(values.get("--output")),
            Optional.ofNullable(values.get("--query")),
            Optional.ofNullable(values.get("--profile")),
            Optional.ofNullable(values.get("--endpoint-url")),
            flags.contains("--debug"),
            flags.contains("--no-paginate"),
            flags.contains("--version"),
            List.copyOf(rest)));
  }

  /** Every global option this CLI version has, for completion. */
  public static List<String> names(CliVersion version) {
    var all = new ArrayList<String>(VALUED_V1);
    all.addAll(FLAGS_V1);
    if (version == CliVersion.V2) {
      all.addAll(VALUED_V2_ONLY);
      all.addAll(FLAGS_V2_ONLY);
    }
    all.sort(null);
    return all;
  }

  public static List<String> outputs(CliVersion version) {
    return version == CliVersion.V2 ? OUTPUTS_V2 : OUTPUTS_V1;
  }

  /** Whether a global option of this CLI version takes a value ({@code --region us-east-1}). */
  public static boolean takesValue(String name, CliVersion version) {
    return isValued(name, version);
  }

  /** The values argparse allows for an option, empty when it takes any. */
  public static List<String> choices(String name, CliVersion version) {
    return switch (name) {
      case "--output" -> outputs(version);
      case "--color" -> COLORS;
      case "--cli-binary-format" -> version == CliVersion.V2 ? BINARY_FORMATS : List.of();
      default -> List.of();
    };
  }

  /** What {@code aws help} says of a global option. */
  public static Optional<String> help(String name) {
    return Optional.ofNullable(HELP.get(name));
  }

  private static boolean isValued(String name, CliVersion version) {
    return VALUED_V1.contains(name) || (version == CliVersion.V2 && VALUED_V2_ONLY.contains(name));
  }

  private static boolean isFlag(String name, CliVersion version) {
    return FLAGS_V1.contains(name) || (version == CliVersion.V2 && FLAGS_V2_ONLY.contains(name));
  }

  private static boolean looksLikeOption(String word) {
    return word.startsWith("--");
  }

  private static Optional<UsageError> checkChoice(String name, String value, CliVersion version) {
    List<String> choices = choices(name, version);
    if (choices.isEmpty() || choices.contains(value)) {
      return Optional.empty();
    }
    return Optional.of(
        UsageError.argparse("argument " + name + ": " + invalidChoice(value, choices)));
  }

  /**
   * argparse's "Invalid choice" text as the CLI words it: choices two to a line in 40-wide columns,
   * then close matches, the value shown as Python's {@code %r} shows it (awscli/argparser.py {@code
   * CLIArgParser._check_value}, which the main parser, the subcommand parsers and the operations'
   * argument parsers all use).
   */
  public static String invalidChoice(String value, List<String> choices) {
    var out = new StringBuilder("Invalid choice, valid choices are:\n");
    for (int i = 0; i < choices.size(); i += 2) {
      out.append('\n');
      var line = new ArrayList<String>();
      for (String choice : choices.subList(i, Math.min(i + 2, choices.size()))) {
        line.add(String.format("%-40s", choice));
      }
      out.append(String.join(" | ", line));
    }
    List<String> close = CloseMatches.of(value, choices, 0.8);
    if (!close.isEmpty()) {
      out.append("\n\n\nInvalid choice: ")
          .append(PythonRepr.repr(value))
          .append(", maybe you meant:\n");
      for (String word : close) {
        out.append("\n  * ").append(word);
      }
    }
    return out.toString();
  }

  private static Parse refused(String message) {
    return new Parse.Refused(UsageError.argparse(message));
  }
}
