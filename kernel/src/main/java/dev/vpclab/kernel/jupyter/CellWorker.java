package dev.vpclab.kernel.jupyter;

import dev.vpclab.kernel.Emission;
import dev.vpclab.kernel.KernelSession;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The one thread cells run on. Fixes defect 5: the library runs a cell on the shell socket's thread
 * and interrupts that thread, which corrupts the socket. Here the shell thread waits for the
 * worker, and an interrupt only raises the running cell's flag, which the cell reads before each
 * input; no thread is ever interrupted.
 */
final class CellWorker {
  private static final int STACK_BYTES = 64 * 1024 * 1024; // deep shell nesting, as -Xss does

  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(null, task, "vpclab-cell", STACK_BYTES);
            thread.setDaemon(true);
            return thread;
          });
  private volatile AtomicBoolean cancelled = new AtomicBoolean();

  /**
   * Runs {@code cell} on the worker and waits for it.
   *
   * @param cell given a flag that turns true when the cell is interrupted
   */
  KernelSession.CellRun run(Function<BooleanSupplier, KernelSession.CellRun> cell) {
    AtomicBoolean flag = new AtomicBoolean();
    cancelled = flag;
    Future<KernelSession.CellRun> running = executor.submit(() -> cell.apply(flag::get));
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return running.get();
        } catch (InterruptedException e) {
          interrupted = true; // keep waiting: two cells must never share the session
        } catch (ExecutionException e) { // publishing failed, or the session never started
          KernelLog.error("a cell failed", e.getCause());
          return new KernelSession.CellRun(
              Optional.of(
                  Emission.Failure.of(
                      "InternalError", "the kernel failed on this cell (" + e.getCause() + ")")),
              "");
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Stops the running cell, if any, before its next input. */
  void interrupt() {
    cancelled.set(true);
  }

  void shutdown() {
    interrupt();
    executor.shutdown();
  }
}
