package dev.vpclab.cli;

import dev.vpclab.shell.ShellContext;
import dev.vpclab.shell.fs.FsResult;
import dev.vpclab.shell.fs.Paths;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The machine the learner is on, as an {@code aws} started there would see it, for reading only: so
 * completion and {@code /diagram} resolve the region and the profiles exactly as the CLI would,
 * from the same environment and {@code ~/.aws} files.
 */
public final class ShellConfigSource implements ConfigSource {
  private final ShellContext here;
  private final CliVersion version;

  public ShellConfigSource(ShellContext here, CliVersion version) {
    this.here = here;
    this.version = version;
  }

  /**
   * The region an {@code aws} command given these global options ({@code --region}, {@code
   * --profile}) would call here: the option, then the environment, then the profile's config, as
   * the CLI resolves it; empty when none is set or the options are refused.
   */
  public Optional<String> region(List<String> globalOptions) {
    if (!(GlobalOptions.parse(globalOptions, version) instanceof GlobalOptions.Parse.Parsed p)) {
      return Optional.empty();
    }
    return CliConfig.resolve(p.options(), this) instanceof CliConfig.Resolution.Resolved resolved
        ? resolved.config().region()
        : Optional.empty();
  }

  @Override
  public CliVersion cliVersion() {
    return version;
  }

  @Override
  public Map<String, String> environment() {
    return here.environment();
  }

  @Override
  public String home() {
    return here.environment().getOrDefault("HOME", here.user().home());
  }

  @Override
  public Optional<String> readFile(String path) {
    FsResult<String> read =
        here.files().read(Paths.resolve(here.cwd(), home(), path), here.user().principal());
    return read.isOk() ? Optional.of(read.get()) : Optional.empty();
  }
}
