package eu.urbis.support;

import eu.urbis.db.Pools;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import static eu.urbis.support.TestServer.await;

/**
 * A pool of one connection on a fresh database, for a class's tests of statements and the settings they change: with
 * one connection, what a statement leaves on it is what the next check reads.
 */
public final class OneConnection implements BeforeAllCallback, AfterAllCallback {
  private Vertx vertx;
  private Pool pool;

  @Override
  public void beforeAll(ExtensionContext context) {
    vertx = Vertx.vertx();
    pool = Pools.create(vertx, TestDatabase.fresh(), 1);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    await(pool.close());
    await(vertx.close());
  }

  public Vertx vertx() {
    return vertx;
  }

  public Pool pool() {
    return pool;
  }

  /** What {@code SHOW setting} says on the connection now, after whatever ran on it. */
  public String setting(String setting) {
    return await(pool.query("SHOW " + setting).execute()).iterator().next().getString(0);
  }
}
