package dev.vpclab.shell;

import dev.vpclab.outcome.Note;
import dev.vpclab.shell.fs.FileSystem;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The state one line's run shares across all its processes (subshells, pipelines, substitutions):
 * the machine's files, which every process changes in place as real processes do, and what has
 * reached the terminal so far.
 */
final class Execution {
  private final String machineId;
  private final String hostname;
  private final CommandRegistry commands;
  private final Clock clock;
  private final Terminal terminal;
  private FileSystem files;
  private final List<Output> output = new ArrayList<>();

  private Entered entered;

  Execution(Machine machine, CommandRegistry commands, Clock clock, Terminal terminal) {
    this.machineId = machine.id();
    this.hostname = machine.hostname();
    this.files = machine.files();
    this.commands = commands;
    this.clock = clock;
    this.terminal = terminal;
  }

  String hostname() {
    return hostname;
  }

  /** The machine as it is now, with the files this run has changed. */
  Machine machine() {
    return new Machine(machineId, hostname, files);
  }

  /** A shell the line asked to enter once it is done (an ssh session, a root shell). */
  void enter(Entered next) {
    entered = next;
  }

  java.util.Optional<Entered> entered() {
    return java.util.Optional.ofNullable(entered);
  }

  CommandRegistry commands() {
    return commands;
  }

  Clock clock() {
    return clock;
  }

  Terminal terminal() {
    return terminal;
  }

  FileSystem files() {
    return files;
  }

  void setFiles(FileSystem newFiles) {
    files = newFiles;
  }

  Instant now() {
    return clock.instant();
  }

  ZoneId zone() {
    return clock.getZone();
  }

  void stdout(String text) {
    if (text.isEmpty()) {
      return;
    }
    int last = output.size() - 1;
    if (last >= 0 && output.get(last) instanceof Output.Stdout previous) {
      output.set(last, new Output.Stdout(previous.text() + text));
    } else {
      output.add(new Output.Stdout(text));
    }
  }

  void stderr(String text) {
    if (text.isEmpty()) {
      return;
    }
    int last = output.size() - 1;
    if (last >= 0 && output.get(last) instanceof Output.Stderr previous) {
      output.set(last, new Output.Stderr(previous.text() + text));
    } else {
      output.add(new Output.Stderr(text));
    }
  }

  void note(Note note) {
    output.add(new Output.Noted(note));
  }

  void trace(dev.vpclab.trace.Trace trace) {
    output.add(new Output.Traced(trace));
  }

  List<Output> output() {
    return output;
  }
}
