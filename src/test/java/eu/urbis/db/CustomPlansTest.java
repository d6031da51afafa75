package eu.urbis.db;

import eu.urbis.support.TestDatabase;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/** A read with optional filters is planned for its parameters, and the pooled connection goes back as it came. */
class CustomPlansTest {
  private static Vertx vertx;
  private static Pool pool;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    // one connection: the read and the checks after it share it
    pool = Pools.create(vertx, TestDatabase.fresh(), 1);
  }

  @AfterAll
  static void stop() {
    await(pool.close());
    await(vertx.close());
  }

  @Test
  void theReadRunsWithCustomPlansAndItsParametersApply() {
    var rows = await(CustomPlans.read(pool, "SELECT current_setting('plan_cache_mode') AS mode, $1::text AS filter",
      row -> row.getString("mode") + " " + row.getString("filter"), Tuple.of("image/")));

    assertThat(Rows.list(rows)).containsExactly("force_custom_plan image/");
  }

  @Test
  void theConnectionPlansAsConfiguredAfterTheRead() {
    await(CustomPlans.read(pool, "SELECT $1::int AS n", row -> row.getInteger("n"), Tuple.of(1)));

    String mode = await(pool.query("SHOW plan_cache_mode").execute()).iterator().next().getString(0);
    assertThat(mode).isEqualTo("auto");
  }
}
