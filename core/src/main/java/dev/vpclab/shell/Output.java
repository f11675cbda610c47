package dev.vpclab.shell;

import dev.vpclab.outcome.Note;

/**
 * One piece of what a line showed on the terminal, in order: text on standard output, text on
 * standard error, or one of vpclab's notes (which a real shell would not print).
 */
public sealed interface Output permits Output.Stdout, Output.Stderr, Output.Noted, Output.Traced {

  record Stdout(String text) implements Output {}

  record Stderr(String text) implements Output {}

  record Noted(Note note) implements Output {}

  /** The explanation of a command that crossed the simulated network. */
  record Traced(dev.vpclab.trace.Trace trace) implements Output {}
}
