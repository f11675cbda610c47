package dev.vpclab.kernel;

import dev.vpclab.Vpclab;
import dev.vpclab.shell.Terminal;
import dev.vpclab.shell.syntax.Completeness;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The kernel's one {@link Vpclab} session — one kernel process, one simulated account — and the
 * thin adapter between it and Jupyter's requests. Nothing here knows the Jupyter library: the
 * {@code jupyter} package turns these answers into messages.
 */
public final class KernelSession {
  private final CellRunner cells;
  private final Assist assist;
  private final CellHistory history = new CellHistory();

  KernelSession(Vpclab vpclab) {
    this.cells = new CellRunner(vpclab::eval);
    this.assist = new Assist(vpclab);
  }

  /**
   * A fresh account, the learner on the laptop; {@code /open} and {@code /save} work in {@code
   * workingDirectory} (Jupyter starts a kernel in its notebook's directory). Output looks like an
   * 80-column terminal's, as in the lab guide.
   */
  public static KernelSession start(Path workingDirectory) {
    return new KernelSession(Vpclab.start(Terminal.DEFAULT, workingDirectory));
  }

  /** What a cell run produced: the failure that ended it, if any, and the text it printed. */
  public record CellRun(Optional<Emission.Failure> failure, String printed) {}

  /**
   * Runs a cell, handing each emission to {@code out} as it happens.
   *
   * @param count the execution count to keep it under when {@code store}
   * @param store whether it is remembered: in Jupyter's history and in {@code /history}
   * @param cancelled true once the cell was interrupted: it stops before its next input
   */
  public CellRun execute(
      String cell, int count, boolean store, Consumer<Emission> out, BooleanSupplier cancelled) {
    var printed = new StringBuilder();
    Optional<Emission.Failure> failure =
        cells.run(
            cell,
            store,
            emission -> {
              printed.append(emission.plainText());
              out.accept(emission);
            },
            cancelled);
    if (store) {
      history.add(count, cell, printed.toString());
    }
    return new CellRun(failure, printed.toString());
  }

  public Completion complete(String cell, int cursorCodePoints) {
    return assist.complete(cell, cursorCodePoints);
  }

  public Optional<MimeBundle> inspect(String cell, int cursorCodePoints) {
    return assist.inspect(cell, cursorCodePoints);
  }

  public Completeness isComplete(String cell) {
    return assist.isComplete(cell);
  }

  /** The cells run with {@code store_history}, for {@code history_request}. */
  public CellHistory history() {
    return history;
  }
}
