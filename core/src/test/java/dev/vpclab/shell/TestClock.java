package dev.vpclab.shell;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A simulated clock a test can move; one per test, never shared. */
public final class TestClock extends Clock {
  public static final Instant START = Instant.parse("2026-11-27T09:30:00Z");

  private Instant now;

  public TestClock() {
    this(START);
  }

  public TestClock(Instant now) {
    this.now = now;
  }

  public void set(Instant instant) {
    now = instant;
  }

  public void advance(java.time.Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Instant instant() {
    return now;
  }
}
