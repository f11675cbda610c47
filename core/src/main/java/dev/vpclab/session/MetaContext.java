package dev.vpclab.session;

import dev.vpclab.outcome.Outcome;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * What a meta command may use: the session, its history, the directory {@code /save} and {@code
 * /open} work in (on the real machine, not the simulated one), the table of meta commands (for
 * {@code /help}) and a way to evaluate more input (for {@code /open}).
 */
public record MetaContext(
    Session session,
    History history,
    Path workingDirectory,
    MetaCommands commands,
    Function<String, Outcome> evaluate) {}
