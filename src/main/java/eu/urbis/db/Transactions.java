package eu.urbis.db;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;

/**
 * Publish after commit, in one place: the work runs in {@code pool.withTransaction} and queues on its
 * {@link AfterCommit} what to announce (event-bus publications); they run exactly once when the commit has
 * succeeded, before the returned Future completes, and never when the work fails or the commit does.
 */
public final class Transactions {
  private Transactions() {
  }

  /** A unit of work: its statements run on {@code tx}; what it announces goes to {@code afterCommit}. */
  @FunctionalInterface
  public interface Work<T> {
    Future<T> run(SqlConnection tx, AfterCommit afterCommit);
  }

  public static <T> Future<T> run(Pool pool, Work<T> work) {
    AfterCommit afterCommit = new AfterCommit();
    return pool.<T>withTransaction(tx -> work.run(tx, afterCommit))
      .andThen(done -> afterCommit.end(done.succeeded()));
  }
}
