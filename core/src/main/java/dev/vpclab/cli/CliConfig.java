package dev.vpclab.cli;

import dev.vpclab.cli.api.Principal;
import dev.vpclab.model.Account;
import java.util.Map;
import java.util.Optional;

/**
 * The settings one {@code aws} invocation runs with, resolved as botocore resolves them: options
 * first, then environment variables, then the profile in {@code ~/.aws/config} and {@code
 * ~/.aws/credentials} (aws-facts.md section 1.1).
 */
public record CliConfig(
    String profile,
    Optional<String> region,
    String regionSource,
    String output,
    Optional<Credentials> credentials) {

  /** A value and where it was found, for the explanation of a call. */
  private record Setting(String value, String source) {}

  private static Optional<Setting> fromEnv(Map<String, String> env, String name) {
    return nonEmpty(env.get(name)).map(v -> new Setting(v, name));
  }

  /** An access key pair as the CLI found it. */
  public record Credentials(String accessKeyId, String secretAccessKey) {
    /** Who the keys belong to; empty when they are not the account's. */
    public Optional<Principal> principal() {
      return accessKeyId.equals(Account.ADMIN_ACCESS_KEY_ID)
              && secretAccessKey.equals(Account.ADMIN_SECRET_ACCESS_KEY)
          ? Optional.of(Principal.admin())
          : Optional.empty();
    }
  }

  /** The configuration, or why there is none. */
  public sealed interface Resolution {
    record Resolved(CliConfig config) implements Resolution {}

    /** {@code --profile} or AWS_PROFILE names a profile neither file has. */
    record MissingProfile(String profile) implements Resolution {}
  }

  public static Resolution resolve(GlobalOptions options, ConfigSource host) {
    Map<String, String> env = host.environment();
    CliVersion version = host.cliVersion();
    String profile =
        options.profile().or(() -> Optional.ofNullable(env.get("AWS_PROFILE"))).orElse("default");
    IniFile config = configFile(host);
    IniFile credentials = credentialsFile(host);
    String section = IniFile.configSection(profile);
    boolean profileExists =
        config.sections().containsKey(section) || credentials.sections().containsKey(profile);
    if (!profileExists && !profile.equals("default")) {
      return new Resolution.MissingProfile(profile);
    }
    Optional<Setting> region =
        options
            .region()
            .map(r -> new Setting(r, "--region"))
            .or(() -> version == CliVersion.V2 ? fromEnv(env, "AWS_REGION") : Optional.empty())
            .or(() -> fromEnv(env, "AWS_DEFAULT_REGION"))
            .or(() -> config.get(section, "region").map(r -> new Setting(r, "~/.aws/config")))
            .or(
                () ->
                    version == CliVersion.V2
                        ? host.metadataRegion().map(r -> new Setting(r, "instance metadata"))
                        : Optional.empty());
    String output =
        options
            .output()
            .or(() -> nonEmpty(env.get("AWS_DEFAULT_OUTPUT")))
            .or(() -> config.get(section, "output"))
            .orElse("json");
    Optional<Credentials> keys =
        fromEnvironment(env)
            .or(() -> fromIni(credentials, profile))
            .or(() -> fromIni(config, section));
    return new Resolution.Resolved(
        new CliConfig(
            profile,
            region.map(Setting::value),
            region.map(Setting::source).orElse("nowhere"),
            output,
            keys));
  }

  /**
   * The profiles the two files name, config first ({@code [profile x]} read as {@code x}), as
   * {@code aws configure list-profiles} lists them; the files are found as {@link #resolve} finds
   * them.
   */
  public static java.util.List<String> profileNames(ConfigSource host) {
    var names = new java.util.LinkedHashSet<String>();
    configFile(host).sections().keySet().forEach(s -> names.add(s.replaceFirst("^profile ", "")));
    names.addAll(credentialsFile(host).sections().keySet());
    return java.util.List.copyOf(names);
  }

  private static Optional<Credentials> fromEnvironment(Map<String, String> env) {
    String id = env.get("AWS_ACCESS_KEY_ID");
    String secret = env.get("AWS_SECRET_ACCESS_KEY");
    return id != null && secret != null
        ? Optional.of(new Credentials(id, secret))
        : Optional.empty();
  }

  private static Optional<Credentials> fromIni(IniFile file, String section) {
    var id = file.get(section, "aws_access_key_id");
    var secret = file.get(section, "aws_secret_access_key");
    return id.isPresent() && secret.isPresent()
        ? Optional.of(new Credentials(id.get(), secret.get()))
        : Optional.empty();
  }

  private static IniFile configFile(ConfigSource host) {
    return IniFile.read(host, configPath(host.environment()));
  }

  private static IniFile credentialsFile(ConfigSource host) {
    return IniFile.read(host, credentialsPath(host.environment()));
  }

  /** {@code ~/.aws/config}, or the file AWS_CONFIG_FILE names (botocore's config_file). */
  static String configPath(Map<String, String> env) {
    return env.getOrDefault("AWS_CONFIG_FILE", "~/.aws/config");
  }

  /**
   * {@code ~/.aws/credentials}, or the file AWS_SHARED_CREDENTIALS_FILE names (botocore's
   * credentials_file).
   */
  static String credentialsPath(Map<String, String> env) {
    return env.getOrDefault("AWS_SHARED_CREDENTIALS_FILE", "~/.aws/credentials");
  }

  private static Optional<String> nonEmpty(String value) {
    return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
  }
}
