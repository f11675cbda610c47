package dev.vpclab.kernel;

import dev.vpclab.outcome.Outcome;
import dev.vpclab.session.Inputs;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Runs a cell as a script: its inputs (cut as {@link Inputs#split} cuts a file) in order, like the
 * REPL running a file. A program's failure is output and the cell goes on, so a lesson can show
 * one; the cell stops, as a Jupyter error, on a problem of vpclab's own (an unknown {@code
 * /command}, a file {@code /open} cannot read), on a bug ({@code InternalError}) or when
 * interrupted.
 */
final class CellRunner {
  /** Evaluates one input, remembering it in {@code /history} or not. */
  interface Evaluator {
    Outcome eval(String input, boolean remember);
  }

  private final Evaluator evaluator;
  private final OutcomeEmissions emissions = new OutcomeEmissions();

  CellRunner(Evaluator evaluator) {
    this.evaluator = evaluator;
  }

  /**
   * Runs {@code cell}, handing each emission to {@code out} as it happens.
   *
   * @param cancelled asked before each input: true once the cell was interrupted
   * @return the failure that ended the cell, if one did
   */
  Optional<Emission.Failure> run(
      String cell, boolean remember, Consumer<Emission> out, BooleanSupplier cancelled) {
    List<String> inputs = Inputs.split(cell);
    for (int i = 0; i < inputs.size(); i++) {
      if (cancelled.getAsBoolean()) {
        return fail(out, interrupted(i, inputs.size()));
      }
      String input = inputs.get(i);
      Outcome outcome;
      try {
        outcome = evaluator.eval(input, remember);
      } catch (Throwable bug) { // even an Error: the kernel and the session must live on
        return fail(out, internalError(bug));
      }
      for (Emission emission : emissions.of(input, outcome, i == inputs.size() - 1)) {
        out.accept(emission);
        if (emission instanceof Emission.Failure failure) {
          return Optional.of(failure);
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Emission.Failure> fail(Consumer<Emission> out, Emission.Failure failure) {
    out.accept(failure);
    return Optional.of(failure);
  }

  private static Emission.Failure interrupted(int ran, int of) {
    return Emission.Failure.of(
        "Interrupted", "interrupted after " + ran + " of " + of + " inputs; the rest did not run");
  }

  private static Emission.Failure internalError(Throwable bug) {
    return Emission.Failure.of(
        "InternalError",
        "vpclab failed on this input (" + bug + "); the rest of the cell did not run");
  }
}
