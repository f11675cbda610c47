package dev.vpclab.session;

import dev.vpclab.cli.AwsHost;
import dev.vpclab.cli.CliVersion;
import dev.vpclab.cli.args.ParamFiles;
import dev.vpclab.model.World;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.model.ec2.NetworkIndex;
import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.fs.Directory;
import dev.vpclab.shell.fs.Errno;
import dev.vpclab.shell.fs.FileSystem;
import dev.vpclab.shell.fs.FsResult;
import dev.vpclab.shell.fs.Node;
import dev.vpclab.shell.fs.Paths;
import dev.vpclab.trace.Trace;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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
  private final Optional<Instance> instance;

  InvocationHost(
      Invocation invocation,
      Session session,
      CliVersion version,
      String versionLine,
      Optional<Instance> instance) {
    this.invocation = invocation;
    this.session = session;
    this.version = version;
    this.versionLine = versionLine;
    this.instance = instance;
  }

  @Override
  public Optional<String> instanceId() {
    return instance.map(Instance::id);
  }

  @Override
  public Optional<String> metadataRegion() {
    return instance.filter(i -> i.metadata().imdsEnabled()).map(Instance::region);
  }

  @Override
  public String commandLine() {
    return String.join(" ", invocation.argv());
  }

  @Override
  public void trace(Trace trace) {
    invocation.trace(trace);
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
  public String cwd() {
    return invocation.cwd();
  }

  @Override
  public Optional<FileStat> stat(String path) {
    return invocation
        .files()
        .find(absolute(path))
        .map(node -> new FileStat(node instanceof Directory, node.size(), node.meta().modified()));
  }

  @Override
  public List<String> list(String directory) {
    FsResult<Directory> listed =
        invocation.files().list(absolute(directory), invocation.principal());
    if (!listed.isOk()) {
      return List.of();
    }
    var names = new ArrayList<String>();
    listed
        .get()
        .entries()
        .forEach((name, node) -> names.add(node instanceof Directory ? name + "/" : name));
    return names;
  }

  @Override
  public Optional<String> save(
      String path, String content, boolean makeDirectories, Optional<Instant> modified) {
    String target = absolute(path);
    if (makeDirectories) {
      Optional<String> failed = makeDirectories(Paths.dirName(target));
      if (failed.isPresent()) {
        return failed;
      }
    }
    FsResult<FileSystem> written =
        invocation.files().write(target, content, false, invocation.principal(), invocation.now());
    if (!written.isOk()) {
      return Optional.of(osError(written.error(), path));
    }
    FileSystem files = written.get();
    if (modified.isPresent()) {
      Node node = files.find(target).orElseThrow();
      files = files.install(target, node.withMeta(node.meta().withModified(modified.get())));
    }
    invocation.setFiles(files);
    return Optional.empty();
  }

  @Override
  public Optional<String> makeDirectories(String path) {
    String target = absolute(path);
    FileSystem files = invocation.files();
    var made = new StringBuilder();
    for (String name : Paths.names(target)) {
      made.append('/').append(name);
      String at = made.toString();
      if (files.find(at).isPresent()) {
        continue;
      }
      FsResult<FileSystem> next = files.mkdir(at, invocation.principal(), invocation.now());
      if (!next.isOk()) {
        return Optional.of(osError(next.error(), at));
      }
      files = next.get();
    }
    invocation.setFiles(files);
    return Optional.empty();
  }

  @Override
  public Optional<String> delete(String path) {
    String target = absolute(path);
    FsResult<FileSystem> removed =
        invocation.files().unlink(target, invocation.principal(), invocation.now());
    if (!removed.isOk()) {
      return Optional.of(osError(removed.error(), path));
    }
    invocation.setFiles(removed.get());
    return Optional.empty();
  }

  @Override
  public ZoneId zone() {
    return invocation.zone();
  }

  /** Python's OSError text, naming the path as it was given: {@code [Errno 2] ...: 'x/y'}. */
  private static String osError(Errno errno, String path) {
    return "[Errno " + errnoNumber(errno) + "] " + errno.message() + ": '" + path + "'";
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
  public NetworkIndex network() {
    return session.network();
  }

  @Override
  public void commit(World next) {
    session.commit(next);
  }

  /** {@code ~/x} as the CLI expands it (os.path.expanduser), anything else against the cwd. */
  @Override
  public String absolute(String path) {
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
