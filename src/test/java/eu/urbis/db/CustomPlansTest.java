package eu.urbis.db;

import eu.urbis.support.OneConnection;
import io.vertx.sqlclient.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/** A read with optional filters is planned for its parameters, and the pooled connection goes back as it came. */
class CustomPlansTest {
  @RegisterExtension
  static final OneConnection db = new OneConnection();

  @Test
  void theReadRunsWithCustomPlansAndItsParametersApply() {
    var rows = await(CustomPlans.read(db.pool(), "SELECT current_setting('plan_cache_mode') AS mode, $1::text AS filter",
      row -> row.getString("mode") + " " + row.getString("filter"), Tuple.of("image/")));

    assertThat(Rows.list(rows)).containsExactly("force_custom_plan image/");
  }

  @Test
  void theConnectionPlansAsConfiguredAfterTheRead() {
    await(CustomPlans.read(db.pool(), "SELECT $1::int AS n", row -> row.getInteger("n"), Tuple.of(1)));

    assertThat(db.setting("plan_cache_mode")).isEqualTo("auto");
  }
}
