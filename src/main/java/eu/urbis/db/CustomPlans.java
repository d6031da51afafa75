package eu.urbis.db;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;

import java.util.function.Function;

/**
 * Reads whose statement has optional filters ({@code $n IS NULL OR ...}), planned for their own parameters each time.
 * The pool caches prepared statements, and from a cached statement's sixth run PostgreSQL may switch to one generic
 * plan for all parameters; for such a statement that plan keeps every branch of every filter and reads far more
 * than the page (the library's first page: 15 ms planned for its parameters, 700–900 ms generic; docs/performance.md).
 */
public final class CustomPlans {
  /** {@code SET LOCAL}: the setting ends with the transaction, so the pooled connection goes back as it came. */
  private static final String FORCE = "SET LOCAL plan_cache_mode = force_custom_plan";

  private CustomPlans() {
  }

  public static <T> Future<RowSet<T>> read(Pool pool, String sql, Function<Row, T> mapper, Tuple params) {
    return pool.withTransaction(tx -> tx.query(FORCE).execute()
      .compose(set -> tx.preparedQuery(sql).mapping(mapper).execute(params)));
  }
}
