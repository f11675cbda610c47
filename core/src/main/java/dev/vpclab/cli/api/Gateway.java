package dev.vpclab.cli.api;

import dev.vpclab.model.Tx;
import dev.vpclab.model.World;
import java.time.Duration;

/**
 * Where every simulated API call is served: it finds the operation's handler, runs it in a
 * transaction over the current World and returns the outcome as a value. This is the one path every
 * {@code aws} command takes to reach a service, which is where the tracer will judge credentials,
 * DNS, routes and policies.
 */
public final class Gateway {
  /** How far the simulated clock moves for each call that changes something. */
  private static final Duration CALL_DURATION = Duration.ofSeconds(1);

  private final Handlers handlers;

  public Gateway(Handlers handlers) {
    this.handlers = handlers;
  }

  public Handlers handlers() {
    return handlers;
  }

  public ApiResult call(World world, Request request) {
    var operation = request.operation();
    Operation handler =
        handlers
            .find(operation.service().cliName(), operation.name())
            .orElseThrow(() -> new IllegalStateException("no handler for " + operation));
    Tx tx = world.begin();
    try {
      var response = handler.call(request, tx);
      if (!tx.changes().isEmpty()) {
        tx.advance(CALL_DURATION);
      }
      return new ApiResult.Success(
          response, tx.isDirty() ? tx.commit() : world, tx.changes(), tx.advice());
    } catch (ServiceFault fault) {
      return new ApiResult.Failure(fault.code(), fault.getMessage());
    }
  }
}
