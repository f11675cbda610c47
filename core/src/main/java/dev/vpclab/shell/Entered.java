package dev.vpclab.shell;

/**
 * A shell a command moved the learner into: the remote login of {@code ssh}, the root shell of
 * {@code sudo su}. {@code farewell} is what leaving it prints ({@code logout} and {@code Connection
 * to 10.0.1.57 closed.} for ssh, {@code exit} for {@code sudo su}).
 */
public record Entered(ShellContext context, String farewell) {}
