package eu.urbis.db;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

import java.util.function.Function;

/** Runs a piece of seeding once per database: the mark and the data commit together or not at all. */
public final class SeedMarks {
  private static final String CLAIM = "INSERT INTO seed_marks (name) VALUES ($1) ON CONFLICT DO NOTHING";

  private SeedMarks() {
  }

  /** @return true when {@code seed} ran now, false when an earlier start already ran it */
  public static Future<Boolean> once(Pool pool, String name, Function<SqlClient, Future<?>> seed) {
    return pool.withTransaction(tx -> tx.preparedQuery(CLAIM)
      .execute(Tuple.of(name))
      .compose(claimed -> claimed.rowCount() == 0 ? Future.succeededFuture(false) : seed.apply(tx).map(true)));
  }
}
