package dev.vpclab.shell;

/**
 * A program the shell can run by name: a builtin ({@code cd}, {@code export}), a coreutil ({@code
 * ls}, {@code cat}), or one of vpclab's simulated tools ({@code aws}, {@code ssh}, {@code curl}),
 * registered in a {@link CommandRegistry}. It gets everything a real process would (arguments,
 * standard input, environment, working directory, user, host, files) through the {@link
 * Invocation}, and returns what it printed, its exit status and vpclab's notes. It never throws for
 * a user's mistake: that is a {@link CommandResult} with a non-zero status.
 */
@FunctionalInterface
public interface Command {
  CommandResult run(Invocation invocation);
}
