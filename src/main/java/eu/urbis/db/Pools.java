package eu.urbis.db;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;

import java.util.concurrent.TimeUnit;

public final class Pools {
  private Pools() {
  }

  /** One pool for the whole process, shared by every verticle instance. */
  public static Pool create(Vertx vertx, DatabaseUrl url, int maxSize) {
    return create(vertx, url, "urbis", PoolSettings.ofSize(maxSize));
  }

  /**
   * A pool whose sessions start with {@code statement_timeout} set, so PostgreSQL itself cancels a statement that
   * runs too long (SQLSTATE 57014), whoever sent it.
   */
  public static Pool create(Vertx vertx, DatabaseUrl url, String name, PoolSettings settings) {
    return PgBuilder.pool()
      .with(new PoolOptions()
        .setMaxSize(settings.maxSize())
        .setShared(false)
        .setName(name)
        .setConnectionTimeout(settings.waitMillis())
        .setConnectionTimeoutUnit(TimeUnit.MILLISECONDS)
        .setMaxWaitQueueSize(settings.maxWaitQueue()))
      .connectingTo(url.connectOptions()
        .setReconnectAttempts(0)
        .addProperty("statement_timeout", Integer.toString(settings.statementTimeoutMillis())))
      .using(vertx)
      .build();
  }
}
