package dev.vpclab.cli;

import dev.vpclab.cli.args.ParamFiles;
import dev.vpclab.model.World;
import java.util.Map;
import java.util.Optional;

/**
 * What the {@code aws} command sees of the machine it runs on: its CLI version, environment and
 * files, the terminal, and the one simulated account it talks to.
 */
public interface AwsHost {
  CliVersion cliVersion();

  /** What {@code aws --version} prints on this machine. */
  String versionLine();

  /** The command's environment (exported variables only). */
  Map<String, String> environment();

  /** The user's home directory, where {@code ~/.aws/} lives. */
  String home();

  /** A file's text, by a path as the user typed it; empty when absent or unreadable. */
  Optional<String> readFile(String path);

  /** Writes a file with mode 0600/0644 as the real program would; false when that fails. */
  boolean writeFile(String path, String content, int mode);

  /** Files as {@code file://} and {@code fileb://} parameters read them. */
  ParamFiles paramFiles();

  boolean stdoutIsTerminal();

  int terminalColumns();

  /** The account's state now. */
  World world();

  /** Makes {@code next} the account's state, after a call that changed it. */
  void commit(World next);
}
