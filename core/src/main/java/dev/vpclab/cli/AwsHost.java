package dev.vpclab.cli;

import dev.vpclab.cli.args.ParamFiles;
import dev.vpclab.model.World;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * What the {@code aws} command sees of the machine it runs on: its CLI version, environment and
 * files, the terminal, and the one simulated account it talks to.
 */
public interface AwsHost extends ConfigSource {

  /** What {@code aws --version} prints on this machine. */
  String versionLine();

  /** Writes a file with mode 0600/0644 as the real program would; false when that fails. */
  boolean writeFile(String path, String content, int mode);

  /** The working directory, absolute. */
  String cwd();

  /** A path as the user typed it, made absolute ({@code ~} expanded as Python's expanduser). */
  String absolute(String path);

  /** What a path (as typed) names now, as {@code os.stat} sees it; empty when nothing. */
  Optional<FileStat> stat(String path);

  /** A file or directory's kind, size and modification time. */
  record FileStat(boolean directory, long size, Instant modified) {}

  /** The names in a directory (as typed), sorted; empty when it cannot be read. */
  List<String> list(String directory);

  /**
   * Writes a file, first making its directories when asked, and dates it {@code modified} (or now);
   * the text of Python's OSError when that fails ({@code [Errno 13] Permission denied: '/x'}).
   */
  Optional<String> save(
      String path, String content, boolean makeDirectories, Optional<Instant> modified);

  /** Makes a directory and its parents, as {@code os.makedirs}; the OSError text on failure. */
  Optional<String> makeDirectories(String path);

  /** Deletes a file, as {@code os.remove}; the OSError text on failure. */
  Optional<String> delete(String path);

  /** The machine's time zone, which the CLI prints listing times in (dateutil's tzlocal). */
  ZoneId zone();

  /** Files as {@code file://} and {@code fileb://} parameters read them. */
  ParamFiles paramFiles();

  boolean stdoutIsTerminal();

  int terminalColumns();

  /** The account's state now. */
  World world();

  /** Makes {@code next} the account's state, after a call that changed it. */
  void commit(World next);

  /** The tracer's index of {@link #world()}; a host that keeps one between calls returns it. */
  default dev.vpclab.model.ec2.NetworkIndex network() {
    return dev.vpclab.model.ec2.NetworkIndex.of(world());
  }

  /** The instance the command runs on; empty on the laptop. */
  default Optional<String> instanceId() {
    return Optional.empty();
  }

  /** The command as typed, for the title of its traces: {@code aws s3 ls}. */
  default String commandLine() {
    return "aws";
  }

  /** Records the explanation of a request that crossed the simulated network. */
  default void trace(dev.vpclab.trace.Trace trace) {}
}
