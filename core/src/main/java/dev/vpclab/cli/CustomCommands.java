package dev.vpclab.cli;

import dev.vpclab.cli.s3commands.S3Command;
import dev.vpclab.shell.CommandResult;
import java.util.Map;
import java.util.Optional;

/**
 * The CLI's own commands that are not one API operation each: {@code aws s3 ...}, {@code aws
 * configure ...}, {@code aws help}.
 */
final class CustomCommands {
  private final Map<String, CustomCommand> commands;

  CustomCommands(AwsCli cli) {
    this.commands =
        Map.of(
            "configure",
            new ConfigureCommand(),
            "help",
            (args, options, host) -> CommandResult.ok(HelpText.topLevel(cli.services())),
            "s3",
            new S3Command(cli));
  }

  Optional<CustomCommand> find(String name) {
    return Optional.ofNullable(commands.get(name));
  }
}
