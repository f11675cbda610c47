package dev.vpclab.cli;

import java.util.Map;
import java.util.Optional;

/**
 * Where the CLI's configuration comes from on a machine: its CLI version, environment and the
 * {@code ~/.aws} files. Enough to resolve a profile, region and credentials without running
 * anything, which is all completion needs.
 */
public interface ConfigSource {
  CliVersion cliVersion();

  /** The command's environment (exported variables only). */
  Map<String, String> environment();

  /** The user's home directory, where {@code ~/.aws/} lives. */
  String home();

  /** A file's text, by a path as the user typed it; empty when absent or unreadable. */
  Optional<String> readFile(String path);

  /**
   * The region the instance metadata service gives ({@code placement/availability-zone} without its
   * letter), which CLI v2 falls back on; empty off EC2 or with the metadata service off.
   */
  default Optional<String> metadataRegion() {
    return Optional.empty();
  }
}
