package dev.vpclab.assist;

import dev.vpclab.cli.AwsHost;
import dev.vpclab.cli.CliVersion;
import dev.vpclab.cli.args.ParamFiles;
import dev.vpclab.model.World;
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
final class ContextHost implements AwsHost {
  private final ShellContext here;
  private final CliVersion version;
  private final World world;

  ContextHost(ShellContext here, CliVersion version, World world) {
    this.here = here;
    this.version = version;
    this.world = world;
  }

  @Override
  public CliVersion cliVersion() {
    return version;
  }

  @Override
  public String versionLine() {
    return "";
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

  @Override
  public boolean writeFile(String path, String content, int mode) {
    return false;
  }

  @Override
  public ParamFiles paramFiles() {
    return ParamFiles.none();
  }

  @Override
  public boolean stdoutIsTerminal() {
    return true;
  }

  @Override
  public int terminalColumns() {
    return 80;
  }

  @Override
  public World world() {
    return world;
  }

  @Override
  public void commit(World next) {
    throw new UnsupportedOperationException("completion never changes the account");
  }
}
