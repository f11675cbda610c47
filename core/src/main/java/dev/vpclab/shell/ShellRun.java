package dev.vpclab.shell;

import dev.vpclab.outcome.Note;
import java.util.List;

/**
 * What running a line did: the context after it, what reached the terminal (in order), the exit
 * status ({@code $?}), and whether the line ran {@code exit} (the front end then leaves the
 * machine, e.g. closes the ssh session).
 */
public record ShellRun(
    ShellContext context,
    List<Output> output,
    int exitStatus,
    boolean exited,
    java.util.Optional<Entered> entered) {
  public ShellRun {
    output = List.copyOf(output);
  }

  public ShellRun(ShellContext context, List<Output> output, int exitStatus, boolean exited) {
    this(context, output, exitStatus, exited, java.util.Optional.empty());
  }

  /** Everything printed to standard output that reached the terminal. */
  public String stdout() {
    var out = new StringBuilder();
    for (Output o : output) {
      if (o instanceof Output.Stdout s) {
        out.append(s.text());
      }
    }
    return out.toString();
  }

  /** Everything printed to standard error that reached the terminal. */
  public String stderr() {
    var out = new StringBuilder();
    for (Output o : output) {
      if (o instanceof Output.Stderr s) {
        out.append(s.text());
      }
    }
    return out.toString();
  }

  /** Standard output and error as a terminal shows them, interleaved. */
  public String terminalText() {
    var out = new StringBuilder();
    for (Output o : output) {
      if (o instanceof Output.Stdout s) {
        out.append(s.text());
      } else if (o instanceof Output.Stderr s) {
        out.append(s.text());
      }
    }
    return out.toString();
  }

  /** vpclab's notes from every command of the line, including those inside {@code $(...)}. */
  public List<Note> notes() {
    return output.stream()
        .filter(o -> o instanceof Output.Noted)
        .map(o -> ((Output.Noted) o).note())
        .toList();
  }
}
