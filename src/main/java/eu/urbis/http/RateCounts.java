package eu.urbis.http;

import io.vertx.core.Future;

import java.time.Duration;

/**
 * Counters that expire, behind every {@link RateLimiter}: kept in this process ({@link LocalRateCounts}), or
 * shared by every node of a cluster, so that two nodes do not each grant a user the whole allowance.
 */
public interface RateCounts {
  /**
   * Adds {@code delta} to the count of {@code key} and answers the new count. A key not counted yet (or expired)
   * starts from 0 and lives for {@code ttl}; a delta of 0 only reads.
   */
  Future<Long> add(String key, long delta, Duration ttl);
}
