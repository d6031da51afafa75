package eu.urbis.db;

import io.vertx.pgclient.PgException;

/** The PostgreSQL error codes that repositories turn into domain outcomes. */
public final class SqlStates {
  public static final String UNIQUE_VIOLATION = "23505";
  public static final String FOREIGN_KEY_VIOLATION = "23503";

  private SqlStates() {
  }

  /** Whether PostgreSQL refused the statement with this SQLSTATE. */
  public static boolean is(Throwable failure, String state) {
    return failure instanceof PgException pg && state.equals(pg.getSqlState());
  }
}
