package eu.urbis.support;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;

import java.util.ArrayList;
import java.util.List;

import static eu.urbis.support.TestServer.await;

/**
 * Reads the server's own database through its pool, for what the API does not show: audit entries, stored
 * rows, indexes, prepared statements. Tests change state through the API only.
 */
public final class Db {
  private Db() {
  }

  public static List<Row> rows(RunningServer server, String sql, Object... params) {
    List<Row> rows = new ArrayList<>();
    await(server.app().services().pool().preparedQuery(sql).execute(Tuple.from(params))).forEach(rows::add);
    return rows;
  }

  /** @param sql a query whose first column is a count */
  public static long count(RunningServer server, String sql, Object... params) {
    return rows(server, sql, params).get(0).getLong(0);
  }
}
