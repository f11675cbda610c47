package dev.vpclab.assist;

import dev.vpclab.cli.CliConfig;
import dev.vpclab.cli.CliVersion;
import dev.vpclab.cli.ShellConfigSource;
import dev.vpclab.model.World;
import dev.vpclab.session.MetaCommands;
import dev.vpclab.shell.ShellContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the assistant reads of a session at one moment: the account, the shell the learner is in,
 * the CLI version the {@code aws} there runs, vpclab's own commands and the real directory {@code
 * /open} and {@code /save} use.
 */
record Snapshot(
    World world,
    ShellContext here,
    CliVersion cliVersion,
    MetaCommands meta,
    Set<String> commandNames,
    Path workingDirectory,
    ResourceIndex index) {

  ShellConfigSource host() {
    return new ShellConfigSource(here, cliVersion);
  }

  /**
   * The region an {@code aws} command given these {@code --region} and {@code --profile} values
   * would call: the option, then the environment, then the profile's config, as the CLI resolves
   * it; empty when none is set.
   */
  Optional<String> region(Optional<String> regionOption, Optional<String> profileOption) {
    var argv = new java.util.ArrayList<String>();
    regionOption.ifPresent(r -> argv.addAll(List.of("--region", r)));
    profileOption.ifPresent(p -> argv.addAll(List.of("--profile", p)));
    return host().region(argv);
  }

  /**
   * The profiles of the {@code ~/.aws} files, as {@code aws configure list-profiles} lists them.
   */
  List<String> profiles() {
    return CliConfig.profileNames(host());
  }
}
