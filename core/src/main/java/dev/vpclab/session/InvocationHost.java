package dev.vpclab.session;

import dev.vpclab.cli.AwsHost;
import dev.vpclab.cli.CliVersion;
import dev.vpclab.cli.args.ParamFiles;
import dev.vpclab.model.World;
import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.fs.Errno;
import dev.vpclab.shell.fs.FileSystem;
import dev.vpclab.shell.fs.FsResult;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code aws} command's view of the machine it was started on: one shell invocation's
 * environment and files, and the session's account.
 */
final class InvocationHost implements AwsHost {
  private final Invocation invocation;
  private final Session session;
  private final CliVersion version;
  private final String versionLine;

  InvocationHost(Invocation invocation, Session session, CliVersion version, String versionLine) {
    this.invocation = invocation;
    this.session = session;
    this.version = version;
    this.versionLine = versionLine;
  }

  @Override
  public CliVersion cliVersion() {
    return version;
  }

  @Override
  public String versionLine() {
    return versionLine;
  }

  @Override
  public Map<String, String> environment() {
    return invocation.env();
  }

  @Override
  public String home() {
    return invocation.env().getOrDefault("HOME", invocation.user().home());
  }

  @Override
  public Optional<String> readFile(String path) {
    FsResult<String> read = invocation.files().read(absolute(path), invocation.principal());
    return read.isOk() ? Optional.of(read.get()) : Optional.empty();
  }

  @Override
  public boolean writeFile(String path, String content, int mode) {
    String target = absolute(path);
    FileSystem files = invocation.files();
    boolean existed = files.find(target).isPresent();
    FsResult<FileSystem> written =
        files
            .write(target, content, false, invocation.principal(), invocation.now())
            .flatMap(
                fs -> existed ? FsResult.ok(fs) : fs.chmod(target, mode, invocation.principal()));
    if (!written.isOk()) {
      return false;
    }
    invocation.setFiles(written.get());
    return true;
  }

  @Override
  public ParamFiles paramFiles() {
    return path -> {
      FsResult<String> read = invocation.files().read(absolute(path), invocation.principal());
      if (read.isOk()) {
        return new ParamFiles.Content(read.get().getBytes(StandardCharsets.UTF_8));
      }
      Errno errno = read.error();
      return new ParamFiles.Failure(errnoNumber(errno), errno.message());
    };
  }

  @Override
  public boolean stdoutIsTerminal() {
    return invocation.stdoutIsTerminal();
  }

  @Override
  public int terminalColumns() {
    return invocation.terminalWidth();
  }

  @Override
  public World world() {
    return session.world();
  }

  @Override
  public void commit(World next) {
    session.commit(next);
  }

  /** {@code ~/x} as the CLI expands it (os.path.expanduser), anything else against the cwd. */
  private String absolute(String path) {
    if (path.equals("~") || path.startsWith("~/")) {
      return home() + path.substring(1);
    }
    return invocation.resolve(path);
  }

  /** Linux errno numbers, as Python's {@code [Errno N]} prints them. */
  private static int errnoNumber(Errno errno) {
    return switch (errno) {
      case EPERM -> 1;
      case ENOENT -> 2;
      case EACCES -> 13;
      case EEXIST -> 17;
      case ENOTDIR -> 20;
      case EISDIR -> 21;
      case EINVAL -> 22;
      case ENOTEMPTY -> 39;
    };
  }
}
