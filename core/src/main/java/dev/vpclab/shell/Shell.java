package dev.vpclab.shell;

import dev.vpclab.shell.syntax.Completeness;
import dev.vpclab.shell.syntax.LineTokens;
import dev.vpclab.shell.syntax.ParseResult;
import dev.vpclab.shell.syntax.Script;
import dev.vpclab.shell.syntax.ShellSyntax;
import dev.vpclab.shell.syntax.SyntaxError;
import java.time.Clock;

/**
 * The simulated bash: runs a line in a {@link ShellContext} and returns what it printed, vpclab's
 * notes, the exit status and the next context. It holds no session state itself: the context goes
 * in and comes out, so many sessions can share one {@code Shell}, and a front end keeps the
 * contexts it may want to return to. The clock is the session's simulated clock: new files get
 * their times from it; nothing reads the real time.
 */
public final class Shell {
  private final CommandRegistry commands;
  private final Clock clock;

  public Shell(CommandRegistry commands, Clock clock) {
    this.commands = commands;
    this.clock = clock;
  }

  /** A shell with the builtins and coreutils of {@link dev.vpclab.shell.builtins.Builtins}. */
  public static Shell withBuiltins(Clock clock) {
    return new Shell(dev.vpclab.shell.builtins.Builtins.registry(), clock);
  }

  public CommandRegistry commands() {
    return commands;
  }

  /** This shell with one more command, e.g. {@code aws} bound to a session's model. */
  public Shell with(String name, Command command) {
    return new Shell(commands.with(name, command), clock);
  }

  /** Runs {@code source} (one line or several) on an 80-column terminal. */
  public ShellRun run(ShellContext context, String source) {
    return run(context, source, Terminal.DEFAULT);
  }

  /**
   * Runs {@code source}, its output going to {@code terminal}. Several lines run one complete
   * command at a time, as bash reads a script: the lines before a syntax error run, the rest do
   * not; {@code exit} ends it.
   */
  public ShellRun run(ShellContext context, String source, Terminal terminal) {
    var execution = new Execution(context.machine(), commands, clock, terminal);
    var process = new ShellProcess(execution, context);
    var streams = streams(execution);
    var interpreter = new Interpreter(execution);
    var pending = new StringBuilder();
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (pending.length() > 0) {
        pending.append('\n');
      }
      pending.append(lines[i]);
      boolean last = i == lines.length - 1;
      if (!last && ShellSyntax.isComplete(pending.toString()) == Completeness.INCOMPLETE) {
        continue;
      }
      ParseResult parsed = ShellSyntax.parse(pending.toString());
      pending.setLength(0);
      if (parsed instanceof ParseResult.Failed failed) {
        SyntaxError error = failed.error();
        streams
            .err()
            .write(
                (error.unsupported() ? "" : context.shellName() + ": ") + error.message() + "\n");
        process.setLastStatus(2);
        break;
      }
      interpreter.runScript(((ParseResult.Parsed) parsed).script(), process, streams);
      if (process.exitRequested()) {
        break;
      }
      process.resume();
    }
    return result(process);
  }

  /** Runs an already parsed script. */
  public ShellRun run(ShellContext context, Script script, Terminal terminal) {
    var execution = new Execution(context.machine(), commands, clock, terminal);
    var process = new ShellProcess(execution, context);
    new Interpreter(execution).runScript(script, process, streams(execution));
    return result(process);
  }

  /** What the run left: the context, the output in order, the status, a shell to enter. */
  private static ShellRun result(ShellProcess process) {
    Execution execution = process.execution();
    return new ShellRun(
        process.snapshot(),
        execution.output(),
        process.lastStatus(),
        process.exitRequested(),
        execution.entered());
  }

  private static Streams streams(Execution execution) {
    return new Streams(
        "", true, new Sink.ToTerminal(execution, false), new Sink.ToTerminal(execution, true));
  }

  /** Whether typed input is complete: see {@link ShellSyntax#isComplete}. */
  public static Completeness isComplete(String source) {
    return ShellSyntax.isComplete(source);
  }

  /** Highlighting spans and completion context of a partial line: see {@link LineTokens}. */
  public static LineTokens tokenize(String line) {
    return ShellSyntax.tokenize(line);
  }
}
