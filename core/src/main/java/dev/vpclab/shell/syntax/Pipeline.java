package dev.vpclab.shell.syntax;

import java.util.List;

/**
 * {@code a | b | c}: each command's standard output is the next one's standard input. {@code !}
 * before it negates the exit status.
 */
public record Pipeline(List<CommandNode> commands, boolean negated) {
  public Pipeline {
    if (commands.isEmpty()) {
      throw new IllegalArgumentException("a pipeline has at least one command");
    }
    commands = List.copyOf(commands);
  }

  public Pipeline(CommandNode only) {
    this(List.of(only), false);
  }
}
