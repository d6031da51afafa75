package eu.urbis.http;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts events per key in fixed windows (e.g. failed logins per username per 15 minutes).
 * Shared by every event loop, so it only uses atomic map operations; stale windows are dropped as they are met.
 */
public final class RateLimiter {
  private record Window(long startedNanos, int count) {
  }

  private final int limit;
  private final long windowNanos;
  private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

  public RateLimiter(int limit, Duration window) {
    this.limit = limit;
    this.windowNanos = window.toNanos();
  }

  /** Seconds until {@code key} may act again, or 0 when it is under its limit. */
  public long retryAfterSeconds(String key) {
    Window window = windows.get(key);
    long now = System.nanoTime();
    if (window == null || now - window.startedNanos >= windowNanos) {
      return 0;
    }
    if (window.count < limit) {
      return 0;
    }
    return Math.max(1, (window.startedNanos + windowNanos - now + 999_999_999L) / 1_000_000_000L);
  }

  public void record(String key) {
    long now = System.nanoTime();
    windows.compute(key, (k, window) ->
      window == null || now - window.startedNanos >= windowNanos ? new Window(now, 1) : new Window(window.startedNanos, window.count + 1));
    if (windows.size() > 100_000) {
      windows.values().removeIf(window -> now - window.startedNanos >= windowNanos);
    }
  }

  /** Records one event if under the limit; otherwise fails with 429 and Retry-After. */
  public void acquire(String key) {
    long retryAfter = retryAfterSeconds(key);
    if (retryAfter > 0) {
      throw ApiException.rateLimited(retryAfter);
    }
    record(key);
  }

  public void reset(String key) {
    windows.remove(key);
  }
}
