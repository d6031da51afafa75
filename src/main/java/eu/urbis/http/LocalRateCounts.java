package eu.urbis.http;

import io.vertx.core.Future;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/** {@link RateCounts} of one process: shared by its event loops through atomic map operations. */
public final class LocalRateCounts implements RateCounts {
  private static final int SWEEP_ABOVE = 100_000;

  private record Count(long value, long expiresAtMillis) {
  }

  private final ConcurrentHashMap<String, Count> counts = new ConcurrentHashMap<>();

  @Override
  public Future<Long> add(String key, long delta, Duration ttl) {
    long now = System.currentTimeMillis();
    Count counted = counts.compute(key, (k, count) -> count == null || count.expiresAtMillis <= now
      ? (delta == 0 ? null : new Count(delta, now + ttl.toMillis()))
      : new Count(count.value + delta, count.expiresAtMillis));
    if (counts.size() > SWEEP_ABOVE) {
      counts.values().removeIf(count -> count.expiresAtMillis <= now);
    }
    return Future.succeededFuture(counted == null ? 0L : counted.value);
  }
}
