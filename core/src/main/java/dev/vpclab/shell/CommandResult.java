package dev.vpclab.shell;

import dev.vpclab.outcome.Note;
import java.util.List;

/**
 * What one simple command produced: its standard output and error exactly as the real program would
 * print them, its exit status, and vpclab's notes beside them.
 */
public record CommandResult(String stdout, String stderr, int exitStatus, List<Note> notes) {
  public CommandResult {
    notes = List.copyOf(notes);
  }

  public static CommandResult ok(String stdout) {
    return new CommandResult(stdout, "", 0, List.of());
  }

  public static CommandResult of(String stdout, String stderr, int exitStatus) {
    return new CommandResult(stdout, stderr, exitStatus, List.of());
  }

  /** Nothing printed (or all of it printed already through the invocation), this status. */
  public static CommandResult status(int exitStatus) {
    return new CommandResult("", "", exitStatus, List.of());
  }

  public static CommandResult error(String stderr, int exitStatus) {
    return new CommandResult("", stderr, exitStatus, List.of());
  }

  public CommandResult withNote(Note note) {
    return withNotes(List.of(note));
  }

  public CommandResult withNotes(List<Note> more) {
    var all = new java.util.ArrayList<>(notes);
    all.addAll(more);
    return new CommandResult(stdout, stderr, exitStatus, all);
  }
}
