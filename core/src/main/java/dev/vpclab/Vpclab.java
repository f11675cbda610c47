package dev.vpclab;

import dev.vpclab.assist.Assistant;
import dev.vpclab.assist.Completions;
import dev.vpclab.assist.Highlight;
import dev.vpclab.assist.Inspection;
import dev.vpclab.model.World;
import dev.vpclab.outcome.Outcome;
import dev.vpclab.session.History;
import dev.vpclab.session.Inputs;
import dev.vpclab.session.MetaCommands;
import dev.vpclab.session.MetaContext;
import dev.vpclab.session.Session;
import dev.vpclab.shell.Terminal;
import dev.vpclab.shell.syntax.Completeness;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * vpclab's one entry point for every front end, JShell style: evaluate this input; is it complete;
 * (and, through {@link dev.vpclab.session}, what completes here and what is this). It never prints:
 * it returns {@link Outcome} values that the REPL and the kernel render.
 */
public final class Vpclab {
  private final Session session;
  private final History history = new History();
  private final MetaCommands commands = new MetaCommands();
  private final Path workingDirectory;
  private final Assistant assistant;

  private Vpclab(Session session, Path workingDirectory) {
    this.session = session;
    this.workingDirectory = workingDirectory;
    this.assistant = new Assistant(session, commands, workingDirectory);
  }

  /**
   * A new session: a fresh account, the learner on the laptop.
   *
   * @param terminal where output goes (its width; whether it is a terminal at all)
   * @param workingDirectory the real directory {@code /save} and {@code /open} use
   */
  public static Vpclab start(Terminal terminal, Path workingDirectory) {
    return new Vpclab(new Session(terminal), workingDirectory);
  }

  /**
   * A new session over an account that already holds resources (a generated estate, say), the
   * learner on the laptop; {@code /reset} still goes back to a fresh account.
   */
  public static Vpclab start(Terminal terminal, Path workingDirectory, World account) {
    return new Vpclab(new Session(terminal, account), workingDirectory);
  }

  public Session session() {
    return session;
  }

  public MetaCommands commands() {
    return commands;
  }

  public History history() {
    return history;
  }

  /** Evaluates one input: a shell line (maybe several lines) or a {@code /command}. */
  public Outcome eval(String input) {
    return eval(input, true);
  }

  /**
   * Evaluates one input, remembering it in {@code /history} (and {@code /save}) only when asked: a
   * Jupyter cell run with {@code store_history} false runs without leaving a trace there.
   */
  public Outcome eval(String input, boolean remember) {
    if (input.isBlank()) {
      return Outcome.empty();
    }
    if (remember) {
      history.add(input);
    }
    try {
      return evaluate(input);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // A bug in vpclab must not end the learner's session: report it as vpclab's own problem.
      return new Outcome(
          List.of(
              new dev.vpclab.outcome.Part.Problem(
                  "InternalError",
                  "vpclab failed on this input ("
                      + e
                      + "); the line stopped there, and the session goes on")),
          70,
          false);
    }
  }

  private Outcome evaluate(String input) {
    if (MetaCommands.isMeta(input)) {
      return commands.run(
          input, new MetaContext(session, history, workingDirectory, commands, this::evaluate));
    }
    return session.run(input);
  }

  /**
   * Whether the input can run as it is, or needs more lines (an open quote, a trailing {@code \}).
   */
  public Completeness isComplete(String input) {
    return Inputs.completeness(input);
  }

  /** What may complete the word at {@code cursor}. */
  public Completions completions(String line, int cursor) {
    return assistant.complete(line, cursor);
  }

  /** How to colour the line as typed. */
  public List<Highlight> highlights(String line) {
    return assistant.highlight(line);
  }

  /** What the thing under the cursor is. */
  public Optional<Inspection> inspect(String line, int cursor) {
    return assistant.inspect(line, cursor);
  }

  /** The prompt for the next input, as the shell the learner is in would show it. */
  public String prompt() {
    return session.prompt();
  }
}
