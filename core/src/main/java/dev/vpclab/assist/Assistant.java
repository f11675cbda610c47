package dev.vpclab.assist;

import dev.vpclab.cli.Services;
import dev.vpclab.model.World;
import dev.vpclab.session.MetaCommands;
import dev.vpclab.session.Session;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers the questions a front end asks while the learner types: what completes here, how to
 * colour the line, what is the thing under the cursor. The REPL and the Jupyter kernel share it. It
 * is asked on every key press and must never fail: whatever the line, the worst answer is an empty
 * one.
 */
public final class Assistant {
  private final Session session;
  private final MetaCommands commands;
  private final Path workingDirectory;
  private final boolean strict;
  private final OptionCatalog catalog = new OptionCatalog(Services.shared());
  // The index of the last World seen: Worlds are immutable, so it stays right until the next one.
  private volatile ResourceIndex index;

  public Assistant(Session session, MetaCommands commands, Path workingDirectory) {
    this(session, commands, workingDirectory, false);
  }

  /** {@code strict}: let a bug surface (for tests) instead of answering nothing. */
  Assistant(Session session, MetaCommands commands, Path workingDirectory, boolean strict) {
    this.session = session;
    this.commands = commands;
    this.workingDirectory = workingDirectory;
    this.strict = strict;
  }

  public Completions complete(String line, int cursor) {
    return guarded(
        () -> new LineCompleter(snapshot(), catalog).complete(line, cursor),
        () -> Completions.none(Math.max(0, Math.min(cursor, line.length()))));
  }

  public List<Highlight> highlight(String line) {
    return guarded(
        () -> new LineHighlighter(index(), session.settings().laptopCli(), catalog).highlight(line),
        List::of);
  }

  public Optional<Inspection> inspect(String line, int cursor) {
    return guarded(() -> new Inspector(snapshot(), catalog).inspect(line, cursor), Optional::empty);
  }

  /** A bug in the assistant must not break typing: it answers nothing instead (unless strict). */
  private <T> T guarded(Supplier<T> answer, Supplier<T> nothing) {
    try {
      return answer.get();
    } catch (RuntimeException | StackOverflowError bug) {
      if (strict) {
        throw bug;
      }
      return nothing.get();
    }
  }

  private Snapshot snapshot() {
    return new Snapshot(
        session.world(),
        session.here(),
        session.cliHere(),
        commands,
        session.shell().commands().names(),
        workingDirectory,
        index());
  }

  private ResourceIndex index() {
    World world = session.world();
    ResourceIndex current = index;
    if (current == null || current.world() != world) {
      current = ResourceIndex.of(world);
      index = current;
    }
    return current;
  }
}
