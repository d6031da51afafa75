package eu.urbis.db;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;

public final class Pools {
  private Pools() {
  }

  /** One pool for the whole process, shared by every verticle instance. */
  public static Pool create(Vertx vertx, DatabaseUrl url, int maxSize) {
    return PgBuilder.pool()
      .with(new PoolOptions().setMaxSize(maxSize).setShared(false).setName("urbis"))
      .connectingTo(url.connectOptions().setReconnectAttempts(0))
      .using(vertx)
      .build();
  }
}
