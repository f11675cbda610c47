package dev.vpclab.kernel.jupyter;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.dflib.jjava.jupyter.messages.Message;

/**
 * {@code stop_on_error}, as ipykernel keeps it: when a cell fails, the execute requests queued
 * behind it — "Run All" sends every cell at once — are answered {@code aborted} instead of run. A
 * request was queued behind the failure when its client sent it before the failure (by its header
 * date) and it is read right after (queued requests are read one after the other at once). A
 * request sent after the client saw the error runs, and a client whose clock is behind cannot have
 * a later request aborted.
 */
final class StopOnError {
  private static final Duration QUEUE_READ = Duration.ofSeconds(1);

  private volatile Instant failedAt = Instant.MIN;

  void failed() {
    failedAt = Instant.now();
  }

  boolean queuedBehindFailure(Message<?> request) {
    Instant failed = failedAt;
    if (Instant.now().isAfter(failed.plus(QUEUE_READ))) {
      return false;
    }
    try {
      return OffsetDateTime.parse(request.getHeader().getTimestamp().getDateString())
          .toInstant()
          .isBefore(failed);
    } catch (RuntimeException undated) {
      return true;
    }
  }
}
