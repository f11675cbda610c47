package dev.vpclab.assist;

import dev.vpclab.cli.CliVersion;
import dev.vpclab.cli.ConfigSource;
import dev.vpclab.shell.ShellContext;
import dev.vpclab.shell.fs.FsResult;
import dev.vpclab.shell.fs.Paths;
import java.util.Map;
import java.util.Optional;

/**
 * The machine the learner is on, as an {@code aws} started there would see it, for reading only: so
 * completion resolves the region and the profiles exactly as the CLI would, from the same
 * environment and {@code ~/.aws} files.
 */
final class ContextHost implements ConfigSource {
  private final ShellContext here;
  private final CliVersion version;

  ContextHost(ShellContext here, CliVersion version) {
    this.here = here;
    this.version = version;
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
