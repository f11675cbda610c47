package dev.vpclab.cli;

import dev.vpclab.shell.CommandResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CLI's own commands that are not one API operation each: {@code aws s3 ...}, {@code aws
 * configure ...}, {@code aws help}.
 */
final class CustomCommands {
  /** One custom command: the words after its name, the global options, the machine. */
  interface Command {
    CommandResult run(List<String> args, GlobalOptions options, AwsHost host);
  }

  private final Map<String, Command> commands;

  CustomCommands(AwsCli cli) {
    this.commands =
        Map.of(
            "configure",
            new ConfigureCommand(),
            "help",
            (args, options, host) -> CommandResult.ok(HelpText.topLevel(cli.services())));
  }

  Optional<Command> find(String name) {
    return Optional.ofNullable(commands.get(name));
  }
}
