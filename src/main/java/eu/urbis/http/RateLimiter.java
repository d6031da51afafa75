package eu.urbis.http;

import eu.urbis.failure.Failure;
import io.vertx.core.Future;

import java.time.Duration;

/**
 * At most {@code limit} events per key in fixed windows aligned to the epoch (e.g. failed logins per address per
 * 15 minutes). Each event is counted atomically before the work it allows, so a burst of concurrent requests
 * cannot all pass the check before any is counted; the counts live in {@link RateCounts}, per process or shared
 * by the cluster.
 */
public final class RateLimiter {
  private final RateCounts counts;
  private final String name;
  private final int limit;
  private final long windowMillis;

  /** @param name tells this limiter's counts apart from the others' in the shared {@link RateCounts} */
  public RateLimiter(RateCounts counts, String name, int limit, Duration window) {
    this.counts = counts;
    this.name = name;
    this.limit = limit;
    this.windowMillis = window.toMillis();
  }

  /** Takes one event of {@code key}'s allowance, or fails with 429 and Retry-After when none is left. */
  public Future<Void> acquire(String key) {
    return take(key).compose(retryAfter -> retryAfter == 0
      ? Future.succeededFuture()
      : Future.failedFuture(Failure.rateLimited(retryAfter)));
  }

  /** Takes one event of {@code key}'s allowance: answers 0 when it was left, else the seconds until the window ends. */
  public Future<Long> take(String key) {
    long now = System.currentTimeMillis();
    return counts.add(countKey(key, now), 1, ttl(now)).map(count -> count <= limit ? 0L : retryAfterSeconds(now));
  }

  /** Returns an event taken for work that turned out not to count (a login that succeeded). */
  public Future<Void> giveBack(String key) {
    long now = System.currentTimeMillis();
    return counts.add(countKey(key, now), -1, ttl(now)).mapEmpty();
  }

  /** How many events {@code key} has taken in the current window. */
  public Future<Long> taken(String key) {
    long now = System.currentTimeMillis();
    return counts.add(countKey(key, now), 0, ttl(now));
  }

  private String countKey(String key, long now) {
    return name + ':' + (now / windowMillis) + ':' + key;
  }

  private Duration ttl(long now) {
    return Duration.ofMillis(windowEnd(now) - now + 1_000);
  }

  private long retryAfterSeconds(long now) {
    return Math.max(1, (windowEnd(now) - now + 999) / 1_000);
  }

  private long windowEnd(long now) {
    return (now / windowMillis + 1) * windowMillis;
  }
}
