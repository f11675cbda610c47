package dev.vpclab.cli;

import dev.vpclab.cli.args.UsageError;
import dev.vpclab.outcome.Note;
import dev.vpclab.shell.CommandResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code aws configure set|get|list|list-profiles} (list-profiles in v2 only): reads and writes the
 * same files the CLI's configuration comes from ({@code ~/.aws}, or where AWS_CONFIG_FILE and
 * AWS_SHARED_CREDENTIALS_FILE point), so {@code aws configure set region us-east-1} changes where
 * the next command goes (awscli/customizations/configure).
 */
final class ConfigureCommand implements CustomCommand {
  private static final Set<String> CREDENTIAL_KEYS =
      Set.of("aws_access_key_id", "aws_secret_access_key", "aws_session_token");

  @Override
  public CommandResult run(List<String> args, GlobalOptions options, AwsHost host) {
    CliVersion version = host.cliVersion();
    String profile =
        options.profile().orElse(host.environment().getOrDefault("AWS_PROFILE", "default"));
    if (args.isEmpty()) {
      return new CommandResult(
          "",
          "",
          0,
          List.of(
              Note.info(
                  "vpclab cannot answer interactive prompts; use 'aws configure set KEY VALUE'"
                      + " (e.g. region, output).")));
    }
    String sub = args.get(0);
    List<String> rest = args.subList(1, args.size());
    if (!subcommands(version).contains(sub)) {
      return CliErrors.usage(
          version,
          UsageError.argparse(
              "argument subcommand: " + GlobalOptions.invalidChoice(sub, subcommands(version))));
    }
    return switch (sub) {
      case "set" ->
          rest.size() < 2
              ? required(version, rest.isEmpty() ? "varname, value" : "value")
              : set(rest.get(0), rest.get(1), profile, host);
      case "get" -> rest.isEmpty() ? required(version, "varname") : get(rest.get(0), profile, host);
      case "list" -> CommandResult.ok(list(options, host));
      case "list-profiles" -> CommandResult.ok(profiles(host));
      default -> AwsCli.notSimulated("aws configure " + sub);
    };
  }

  /**
   * The subcommands each CLI registers, in its order (the order its invalid-choice message lists
   * them): v1 1.45 has no list-profiles; v2 2.9.19 adds it and the SSO and import commands.
   */
  private static List<String> subcommands(CliVersion version) {
    return version == CliVersion.V1
        ? List.of("list", "get", "set", "add-model")
        : List.of(
            "list",
            "get",
            "set",
            "add-model",
            "import",
            "list-profiles",
            "sso",
            "sso-session",
            "export-credentials",
            "wizard");
  }

  private static CommandResult required(CliVersion version, String what) {
    return CliErrors.usage(
        version, UsageError.argparse("the following arguments are required: " + what));
  }

  /** {@code set region X}, {@code set profile.lab.region X}, {@code set default.output text}. */
  private CommandResult set(String name, String value, String profile, AwsHost host) {
    var key = qualified(name, profile);
    boolean credential = CREDENTIAL_KEYS.contains(key.name());
    String path =
        credential
            ? CliConfig.credentialsPath(host.environment())
            : CliConfig.configPath(host.environment());
    String section = credential ? key.profile() : IniFile.configSection(key.profile());
    IniFile file = IniFile.read(host, path).with(section, key.name(), value);
    if (!host.writeFile(path, file.render(), 0600)) {
      return CommandResult.error("\n[Errno 2] No such file or directory: '" + path + "'\n", 255);
    }
    return CommandResult.ok("");
  }

  private CommandResult get(String name, String profile, AwsHost host) {
    var key = qualified(name, profile);
    Optional<String> value =
        CREDENTIAL_KEYS.contains(key.name())
            ? IniFile.read(host, CliConfig.credentialsPath(host.environment()))
                .get(key.profile(), key.name())
            : IniFile.read(host, CliConfig.configPath(host.environment()))
                .get(IniFile.configSection(key.profile()), key.name());
    return value.map(v -> CommandResult.ok(v + "\n")).orElse(CommandResult.error("", 1));
  }

  private record Key(String profile, String name) {}

  private static Key qualified(String name, String profile) {
    String[] parts = name.split("\\.");
    if (parts.length == 3 && parts[0].equals("profile")) {
      return new Key(parts[1], parts[2]);
    }
    if (parts.length == 2 && parts[0].equals("default")) {
      return new Key("default", parts[1]);
    }
    return new Key(profile, name);
  }

  /** The table of {@code aws configure list}, columns as list.py formats them. */
  private String list(GlobalOptions options, AwsHost host) {
    Map<String, String> env = host.environment();
    boolean v2 = host.cliVersion() == CliVersion.V2;
    var out = new StringBuilder();
    out.append(row("Name", "Value", "Type", "Location"));
    out.append(row("----", "-----", "----", "--------"));
    String profile = options.profile().orElse(env.get("AWS_PROFILE"));
    out.append(
        profile == null
            ? row("profile", "<not set>", "None", "None")
            : options.profile().isPresent()
                ? row("profile", profile, "manual", "--profile")
                : row(
                    "profile",
                    profile,
                    "env",
                    v2 ? "['AWS_PROFILE', 'AWS_DEFAULT_PROFILE']" : "AWS_PROFILE"));
    String section = profile == null ? "default" : profile;
    IniFile credentials = IniFile.read(host, CliConfig.credentialsPath(env));
    for (String[] key :
        new String[][] {
          {"access_key", "AWS_ACCESS_KEY_ID", "aws_access_key_id"},
          {"secret_key", "AWS_SECRET_ACCESS_KEY", "aws_secret_access_key"}
        }) {
      if (env.containsKey(key[1])) {
        out.append(row(key[0], mask(env.get(key[1])), "env", ""));
      } else {
        out.append(
            credentials
                .get(section, key[2])
                .map(v -> row(key[0], mask(v), "shared-credentials-file", ""))
                .orElse(row(key[0], "<not set>", "None", "None")));
      }
    }
    if (options.region().isPresent()) {
      out.append(row("region", options.region().get(), "manual", "--region"));
    } else if (v2 && env.containsKey("AWS_REGION")) {
      out.append(
          row("region", env.get("AWS_REGION"), "env", "['AWS_REGION', 'AWS_DEFAULT_REGION']"));
    } else if (env.containsKey("AWS_DEFAULT_REGION")) {
      out.append(
          row(
              "region",
              env.get("AWS_DEFAULT_REGION"),
              "env",
              v2 ? "['AWS_REGION', 'AWS_DEFAULT_REGION']" : "AWS_DEFAULT_REGION"));
    } else {
      String config = CliConfig.configPath(env);
      out.append(
          IniFile.read(host, config)
              .get(IniFile.configSection(section), "region")
              .map(r -> row("region", r, "config-file", config))
              .orElse(row("region", "<not set>", "None", "None")));
    }
    return out.toString();
  }

  /** One name a line; the files are the ones AWS_CONFIG_FILE and friends name, as in the CLI. */
  private static String profiles(AwsHost host) {
    var out = new StringBuilder();
    CliConfig.profileNames(host).forEach(n -> out.append(n).append('\n'));
    return out.toString();
  }

  private static String row(String name, String value, String type, String location) {
    return String.format("%10s %24s %16s    %s\n", name, value, type, location);
  }

  private static String mask(String secret) {
    return "*".repeat(16) + secret.substring(Math.max(0, secret.length() - 4));
  }
}
