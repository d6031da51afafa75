package eu.urbis.http;

import io.vertx.core.VertxException;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.pgclient.PgException;

import java.net.ConnectException;

/**
 * Failures that say "the database cannot serve this now" rather than "this request is wrong": the client is
 * told 503 with Retry-After, never 500.
 */
public final class DatabaseTrouble {
  public static final long RETRY_AFTER_SECONDS = 5;
  private static final String POOL_WAIT_TIMEOUT = "Timeout waiting for connection";

  private DatabaseTrouble() {
  }

  /** Unreachable, shutting down, or a connection lost mid-request. */
  public static boolean isDown(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConnectException) {
        return true;
      }
      // 08: connection exceptions; 57P01-57P03: admin shutdown, crash shutdown, cannot connect now
      if (cause instanceof PgException pg && pg.getSqlState() != null
        && (pg.getSqlState().startsWith("08") || pg.getSqlState().startsWith("57P"))) {
        return true;
      }
      if (cause instanceof VertxException && String.valueOf(cause.getMessage()).contains("closed")) {
        return true;
      }
    }
    return false;
  }

  /** Overloaded: no free connection in time, too many waiting, a statement over its timeout, too many connections. */
  public static boolean isBusy(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConnectionPoolTooBusyException) {
        return true;
      }
      if (cause instanceof VertxException && POOL_WAIT_TIMEOUT.equals(cause.getMessage())) {
        return true;
      }
      // 57014: statement_timeout cancelled it; 53300: too many connections
      if (cause instanceof PgException pg && ("57014".equals(pg.getSqlState()) || "53300".equals(pg.getSqlState()))) {
        return true;
      }
    }
    return false;
  }
}
