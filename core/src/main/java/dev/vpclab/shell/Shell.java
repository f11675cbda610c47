package dev.vpclab.shell;

import dev.vpclab.shell.syntax.Completeness;
import dev.vpclab.shell.syntax.LineTokens;
import dev.vpclab.shell.syntax.ParseResult;
import dev.vpclab.shell.syntax.Script;
import dev.vpclab.shell.syntax.ShellSyntax;
import dev.vpclab.shell.syntax.SyntaxError;
import java.time.Clock;
import java.util.List;

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

  /** Runs {@code source}, its output going to {@code terminal}. */
  public ShellRun run(ShellContext context, String source, Terminal terminal) {
    ParseResult parsed = ShellSyntax.parse(source);
    if (parsed instanceof ParseResult.Failed failed) {
      SyntaxError error = failed.error();
      String message =
          error.unsupported() ? error.message() : context.shellName() + ": " + error.message();
      return new ShellRun(
          context.withLastStatus(2), List.of(new Output.Stderr(message + "\n")), 2, false);
    }
    return run(context, ((ParseResult.Parsed) parsed).script(), terminal);
  }

  /** Runs an already parsed script. */
  public ShellRun run(ShellContext context, Script script, Terminal terminal) {
    var execution = new Execution(context.hostname(), context.files(), commands, clock, terminal);
    var process = new ShellProcess(execution, context);
    var streams =
        new Streams(
            "", true, new Sink.ToTerminal(execution, false), new Sink.ToTerminal(execution, true));
    new Interpreter(execution).runScript(script, process, streams);
    return new ShellRun(
        process.snapshot(), execution.output(), process.lastStatus(), process.exitRequested());
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
