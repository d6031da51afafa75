package eu.urbis.notify;

import eu.urbis.live.LiveUsers;
import eu.urbis.support.OneConnection;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan a post's fan-out caches while the tables are empty (a new install, or statistics taken before a burst)
 * reads its rows by key, so it stays fast once the fan-outs have opened thousands of rows: with that plan a batch
 * read the whole of {@code notifications} for each of a thread's watchers.
 */
class FanOutPlanTest {
  @RegisterExtension
  static final OneConnection db = new OneConnection();

  @BeforeAll
  static void analyzeTheEmptyTables() {
    // the statistics now say these tables are empty, as they did when the benchmark's fan-outs were first planned
    await(db.pool().query("VACUUM ANALYZE notifications, notification_unread, watches, watches_to_open").execute());
  }

  @Test
  void theGenericPlanOfAPostsFanOutMadeOnEmptyTablesLooksUpWatchersOpenRowsAndCountsByIndex() {
    List<String> plan = new ArrayList<>();
    Fanout fanout = new Fanout(new LiveUsers(db.vertx()));

    await(fanout.committed(db.pool(), tx -> genericPlan(tx, plan)));

    assertThat(plan).noneMatch(line -> line.matches(".*Seq Scan on (notifications|notification_unread|watches|watches_to_open)\\b.*"));
    assertThat(String.join("\n", plan)).contains("notifications_watched_unread");
  }

  @Test
  void theConnectionScansAsConfiguredAfterAFanOut() {
    await(new Fanout(new LiveUsers(db.vertx())).committed(db.pool(), tx -> Future.succeededFuture(List.of())));

    assertThat(db.setting("enable_seqscan")).isEqualTo("on");
  }

  /** What {@code FAN_OUT_POSTS} would run as once its plan is cached, in the fan-out's own transaction. */
  private static Future<List<NotificationRepository.Made>> genericPlan(SqlClient tx, List<String> plan) {
    return tx.query("SET LOCAL plan_cache_mode = force_generic_plan").execute()
      .compose(set -> tx.query("PREPARE posts_fan_out (bigint[], bigint[]) AS " + NotificationSql.FAN_OUT_POSTS).execute())
      .compose(prepared -> tx.query("EXPLAIN EXECUTE posts_fan_out ('{1,2}', '{3}')").execute())
      .onSuccess(rows -> rows.forEach((Row row) -> plan.add(row.getString(0))))
      .compose(rows -> tx.query("DEALLOCATE posts_fan_out").execute())
      .map(done -> List.of());
  }
}
