package dev.vpclab.shell;

import dev.vpclab.outcome.Note;
import dev.vpclab.shell.fs.FileSystem;
import dev.vpclab.shell.fs.Paths;
import dev.vpclab.shell.fs.Principal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One run of a {@link Command}: what a real process would get from the kernel and its parent shell.
 * The command reads its arguments, standard input and environment here, changes files with {@link
 * #setFiles}, and prints either by returning them in its {@link CommandResult} or, when the order
 * of output and error lines matters ({@code ls a nofile}), through {@link #out} and {@link #err} as
 * it goes.
 */
public final class Invocation {
  private final List<String> argv;
  private final String stdin;
  private final Streams streams;
  private final Map<String, String> environment;
  private final ShellProcess process;

  Invocation(
      List<String> argv,
      String stdin,
      Streams streams,
      Map<String, String> environment,
      ShellProcess process) {
    this.argv = List.copyOf(argv);
    this.stdin = stdin;
    this.streams = streams;
    this.environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
    this.process = process;
  }

  /** The command name as typed: {@code ls}. */
  public String name() {
    return argv.get(0);
  }

  /** The arguments after the name, expanded and unquoted. */
  public List<String> args() {
    return argv.subList(1, argv.size());
  }

  /** The name and the arguments. */
  public List<String> argv() {
    return argv;
  }

  /**
   * Everything on standard input: a pipe's contents, a file after {@code <}, or "" at a terminal.
   */
  public String stdin() {
    return stdin;
  }

  /** Whether standard input is the terminal (nothing was piped or redirected in). */
  public boolean stdinIsTerminal() {
    return streams.stdinIsTerminal();
  }

  /** False when standard output is redirected, piped, or captured by {@code $(...)}. */
  public boolean stdoutIsTerminal() {
    return streams.out().isTerminal();
  }

  /** The terminal width in columns, for output laid out in columns. */
  public int terminalWidth() {
    return process.execution().terminal().width();
  }

  /** The command's environment: exported variables and {@code NAME=value} given before it. */
  public Map<String, String> env() {
    return environment;
  }

  public String cwd() {
    return process.cwd();
  }

  public User user() {
    return process.user();
  }

  /** The user as the file system checks permissions for it. */
  public Principal principal() {
    return process.user().principal();
  }

  public String hostname() {
    return process.execution().hostname();
  }

  /** The machine's files as they are now. */
  public FileSystem files() {
    return process.execution().files();
  }

  /** Replaces the machine's files, e.g. with {@code files().write(...)}'s result. */
  public void setFiles(FileSystem files) {
    process.execution().setFiles(files);
  }

  public void updateFiles(UnaryOperator<FileSystem> change) {
    setFiles(change.apply(files()));
  }

  /** {@code path} made absolute against the working directory. */
  public String resolve(String path) {
    return Paths.resolve(cwd(), path);
  }

  /** The simulated time now. */
  public Instant now() {
    return process.execution().now();
  }

  /** The machine's time zone, for printing times as {@code ls -l} does. */
  public ZoneId zone() {
    return process.execution().zone();
  }

  /**
   * The names of the commands the shell can run, as {@code type} and {@code which} look them up.
   */
  public java.util.Set<String> commandNames() {
    return process.execution().commands().names();
  }

  /** The shell this command was started from, as a value: for commands that look around. */
  public ShellContext context() {
    return process.snapshot();
  }

  /**
   * Runs a line in another context with the same commands and clock: for commands that run
   * commands, such as {@code ssh host CMD} (on the instance's context) or {@code sudo CMD} (as root
   * on this machine; then bring its files back with {@code setFiles(run.context().files())}). Its
   * output is returned, not printed: the caller decides what reaches the terminal.
   */
  public ShellRun run(ShellContext elsewhere, String source) {
    Execution here = process.execution();
    var terminal = new Terminal(stdoutIsTerminal(), here.terminal().width());
    return new Shell(here.commands(), here.clock()).run(elsewhere, source, terminal);
  }

  /**
   * Passes on what a line run elsewhere showed, in its order: its output and errors as this
   * command's own, its notes and traces beside them. For commands that run commands, such as {@code
   * ssh HOST CMD} and {@code sudo CMD}.
   */
  public void relay(ShellRun run) {
    for (Output o : run.output()) {
      if (o instanceof Output.Stdout s) {
        out(s.text());
      } else if (o instanceof Output.Stderr s) {
        err(s.text());
      } else if (o instanceof Output.Noted n) {
        note(n.note());
      } else if (o instanceof Output.Traced t) {
        trace(t.trace());
      }
    }
  }

  /** The running shell itself, for builtins that change it. */
  public ShellState shell() {
    return process;
  }

  /** Prints to standard output now, before whatever the result carries. */
  public void out(String text) {
    streams.out().write(text);
  }

  /** Prints to standard error now, before whatever the result carries. */
  public void err(String text) {
    streams.err().write(text);
  }

  /** Adds a note now, beside the output. */
  public void note(Note note) {
    process.execution().note(note);
  }

  /** Adds the explanation of a traced command, beside the output. */
  public void trace(dev.vpclab.trace.Trace trace) {
    process.execution().trace(trace);
  }

  /**
   * Asks to move the learner into another shell once this line is done: the remote shell of an
   * interactive {@code ssh}, the root shell of {@code sudo su}. {@code exit} there comes back, the
   * shell's own {@code exit}/{@code logout} line followed by {@code farewell} (ssh's {@code
   * Connection to … closed.}).
   */
  public void enter(ShellContext next, String farewell) {
    process.execution().enter(new Entered(next, farewell));
  }
}
