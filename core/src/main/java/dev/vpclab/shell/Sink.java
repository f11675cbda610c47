package dev.vpclab.shell;

import dev.vpclab.shell.fs.FsResult;
import dev.vpclab.shell.fs.Principal;

/** Where an output descriptor writes: the terminal, a pipe or capture buffer, a file, nowhere. */
interface Sink {
  void write(String text);

  boolean isTerminal();

  /** Standard output or error on the terminal: recorded in the run's output, in order. */
  record ToTerminal(Execution execution, boolean error) implements Sink {
    @Override
    public void write(String text) {
      if (error) {
        execution.stderr(text);
      } else {
        execution.stdout(text);
      }
    }

    @Override
    public boolean isTerminal() {
      return execution.terminal().isTerminal();
    }
  }

  /** A pipe to the next command, or {@code $(...)} capturing output. */
  final class Buffer implements Sink {
    private final StringBuilder text = new StringBuilder();

    @Override
    public void write(String more) {
      text.append(more);
    }

    @Override
    public boolean isTerminal() {
      return false;
    }

    String text() {
      return text.toString();
    }
  }

  /**
   * A file opened by a redirection. Opening checked the permissions; writing through the open
   * descriptor needs none.
   */
  record ToFile(Execution execution, String path) implements Sink {
    @Override
    public void write(String text) {
      if (text.isEmpty()) {
        return;
      }
      FsResult<dev.vpclab.shell.fs.FileSystem> written =
          execution.files().write(path, text, true, Principal.ROOT, execution.now());
      if (written.isOk()) {
        execution.setFiles(written.get());
      }
    }

    @Override
    public boolean isTerminal() {
      return false;
    }
  }

  /** {@code /dev/null}, or a closed descriptor. */
  Sink NULL =
      new Sink() {
        @Override
        public void write(String text) {}

        @Override
        public boolean isTerminal() {
          return false;
        }
      };
}
