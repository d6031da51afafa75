package eu.urbis.db;

/**
 * One pool's bounds: at most {@code maxSize} connections; every statement on them is cancelled by PostgreSQL after
 * {@code statementTimeoutMillis}; a request waits at most {@code waitMillis} for a free connection, and at most
 * {@code maxWaitQueue} requests wait at all. Past any of these the request fails fast instead of queueing for ever.
 */
public record PoolSettings(int maxSize, int statementTimeoutMillis, int waitMillis, int maxWaitQueue) {
  /** For tools and tests that build a pool of their own. */
  public static PoolSettings ofSize(int maxSize) {
    return new PoolSettings(maxSize, 30_000, 30_000, -1);
  }
}
