package dev.vpclab.hosts;

import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.fs.Directory;
import dev.vpclab.shell.fs.Errno;
import dev.vpclab.shell.fs.FileSystem;
import dev.vpclab.shell.fs.FsResult;
import dev.vpclab.shell.fs.Node;
import dev.vpclab.shell.fs.Paths;
import dev.vpclab.shell.fs.Principal;
import dev.vpclab.shell.fs.RegularFile;
import java.time.Instant;
import java.util.List;

/**
 * One scp copy between two machines' disks, with the SCP protocol's rules (scp.c source() and
 * sink()): a regular file travels with its permission bits, and a new copy gets them less the
 * receiver's umask (022), so a key made {@code chmod 400} stays 0400 (aws-facts.md section 9); an
 * existing file keeps its own mode unless {@code -p}, which also keeps the times; a directory needs
 * {@code -r}; several sources need a directory to land in. What goes wrong is said by the side it
 * happened on: the far side's words come back prefixed with {@code scp: }, the local side's not.
 */
final class ScpCopy {
  /** The umask of a login on Amazon Linux and on the laptop. */
  private static final int UMASK = 022;

  /** One side of a copy: a machine's disk as a user sees it from a directory. */
  record End(FileSystem files, Principal who, String cwd, String home, boolean remote) {
    /**
     * A path as the user gave it, made absolute: on the far side the login shell expands {@code ~}
     * and starts in the home directory; an empty remote path is the home itself.
     */
    String absolute(String path) {
      if (remote && (path.isEmpty() || path.equals("~"))) {
        return home;
      }
      if (remote && path.startsWith("~/")) {
        return home + path.substring(1);
      }
      return Paths.resolve(cwd, path);
    }

    /** The path as scp names it in messages: the far shell has expanded {@code ~} already. */
    String shown(String path) {
      if (path.isEmpty()) {
        return ".";
      }
      return remote && (path.equals("~") || path.startsWith("~/")) ? absolute(path) : path;
    }

    End with(FileSystem newFiles) {
      return new End(newFiles, who, cwd, home, remote);
    }
  }

  private final Invocation invocation;
  private final boolean preserve;
  private final boolean recursive;
  private final boolean progress;
  private final Instant now;
  private End sink;
  private boolean failed;

  ScpCopy(Invocation invocation, ScpArgs args, End sink) {
    this.invocation = invocation;
    this.preserve = args.preserve();
    this.recursive = args.recursive();
    this.progress = invocation.stdoutIsTerminal() && !args.quiet();
    this.now = invocation.now();
    this.sink = sink;
  }

  /** Receives from now on onto {@code files}, the receiving disk as it is now. */
  void receiveOn(FileSystem files) {
    sink = sink.with(files);
  }

  /** The receiving disk as the copies left it. */
  FileSystem sinkFiles() {
    return sink.files();
  }

  /** Whether anything went wrong: scp then exits 1. */
  boolean failed() {
    return failed;
  }

  /**
   * Copies {@code sources} from {@code source} to {@code target} on the sink; false when the target
   * cannot take them at all (several sources and no directory), which ends scp.
   */
  boolean copy(End source, List<String> sources, String target, boolean several) {
    String targetPath = sink.absolute(target);
    FsResult<Node> found = sink.files().stat(targetPath, sink.who());
    boolean intoDirectory = found.isOk() && found.get() instanceof Directory;
    if (several && !intoDirectory) {
      complain(
          sink,
          sink.shown(target) + ": " + (found.isOk() ? Errno.ENOTDIR : found.error()).message());
      return false;
    }
    for (String path : sources) {
      String name = baseName(source.absolute(path));
      String shownTarget = sink.shown(target);
      if (intoDirectory) {
        shownTarget = shownTarget + (shownTarget.equals("/") ? "" : "/") + name;
      }
      String destination = intoDirectory ? Paths.resolve(targetPath, name) : targetPath;
      send(source, source.shown(path), source.absolute(path), shownTarget, destination);
    }
    return true;
  }

  private void send(End source, String shown, String path, String shownTarget, String target) {
    FsResult<Node> stat = source.files().stat(path, source.who());
    if (!stat.isOk()) {
      complain(source, shown + ": " + stat.error().message());
      return;
    }
    if (stat.get() instanceof Directory directory) {
      sendDirectory(source, shown, path, directory, shownTarget, target);
      return;
    }
    FsResult<String> content = source.files().read(path, source.who());
    if (!content.isOk()) {
      complain(source, shown + ": " + content.error().message());
      return;
    }
    if (receiveFile(stat.get(), content.get(), shownTarget, target) && progress) {
      invocation.out(
          ProgressMeter.done(
              baseName(path), ((RegularFile) stat.get()).size(), invocation.terminalWidth()));
    }
  }

  private boolean receiveFile(Node file, String content, String shown, String target) {
    boolean existed = sink.files().find(target).isPresent();
    FsResult<FileSystem> written =
        sink.files()
            .write(target, content, false, sink.who(), now)
            .flatMap(fs -> finish(fs, target, file, existed));
    if (!written.isOk()) {
      complain(sink, shown + ": " + written.error().message());
      return false;
    }
    sink = sink.with(written.get());
    return true;
  }

  private void sendDirectory(
      End source,
      String shown,
      String path,
      Directory directory,
      String shownTarget,
      String target) {
    if (!recursive) {
      complain(source, shown + ": not a regular file");
      return;
    }
    FsResult<Directory> listed = source.files().list(path, source.who());
    if (!listed.isOk()) {
      complain(source, shown + ": " + listed.error().message());
      return;
    }
    FsResult<Node> existing = sink.files().stat(target, sink.who());
    boolean existed = existing.isOk();
    if (existed && !(existing.get() instanceof Directory)) {
      complain(sink, shownTarget + ": " + Errno.ENOTDIR.message());
      return;
    }
    if (!existed) {
      FsResult<FileSystem> made =
          sink.files()
              .mkdir(target, sink.who(), now)
              .flatMap(fs -> fs.chmod(target, directory.meta().mode() | 0700, sink.who()));
      if (!made.isOk()) {
        complain(sink, shownTarget + ": " + made.error().message());
        return;
      }
      sink = sink.with(made.get());
    }
    for (String name : listed.get().entries().keySet()) {
      send(
          source,
          shown + "/" + name,
          Paths.resolve(path, name),
          shownTarget + "/" + name,
          Paths.resolve(target, name));
    }
    FsResult<FileSystem> finished = finish(sink.files(), target, directory, existed);
    if (finished.isOk()) {
      sink = sink.with(finished.get());
    }
  }

  /** The mode and times a received node ends with: the sender's, less the umask when new. */
  private FsResult<FileSystem> finish(
      FileSystem files, String target, Node source, boolean existed) {
    int mode = source.meta().mode() & 07777;
    FsResult<FileSystem> result = FsResult.ok(files);
    if (preserve) {
      result = result.flatMap(fs -> fs.chmod(target, mode, sink.who()));
      return result.flatMap(fs -> fs.touch(target, sink.who(), source.meta().modified()));
    }
    if (!existed) {
      result = result.flatMap(fs -> fs.chmod(target, mode & ~UMASK, sink.who()));
    }
    return result;
  }

  /**
   * scp's run_err: the far side's complaint arrives prefixed; the local side's is printed as is.
   */
  private void complain(End side, String message) {
    failed = true;
    invocation.err((side.remote() ? "scp: " : "") + message + "\n");
  }

  private static String baseName(String path) {
    List<String> names = Paths.names(path);
    return names.isEmpty() ? "/" : names.get(names.size() - 1);
  }
}
