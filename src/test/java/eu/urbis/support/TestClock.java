package eu.urbis.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The server's clock in tests: the system's time plus however far the test has moved it on. It ticks like the
 * real one (PostgreSQL's now() stays close, so rows it stamps still line up) and never goes back.
 */
public final class TestClock extends Clock {
  private final AtomicReference<Duration> ahead;
  private final ZoneId zone;

  public TestClock() {
    this(new AtomicReference<>(Duration.ZERO), ZoneOffset.UTC);
  }

  private TestClock(AtomicReference<Duration> ahead, ZoneId zone) {
    this.ahead = ahead;
    this.zone = zone;
  }

  /** Moves this clock, and every copy of it in another zone, forward by {@code by}. */
  public void advance(Duration by) {
    if (by.isNegative()) {
      throw new IllegalArgumentException("a clock only moves forward: " + by);
    }
    ahead.accumulateAndGet(by, Duration::plus);
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(ahead.get());
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new TestClock(ahead, zone);
  }
}
