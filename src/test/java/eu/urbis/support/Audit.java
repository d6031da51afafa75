package eu.urbis.support;

import io.vertx.sqlclient.Tuple;

import static eu.urbis.support.TestServer.await;

/** Reads the audit log directly, to check that an action wrote its entry (or that a refused one wrote none). */
public final class Audit {
  private Audit() {
  }

  public static long count(RunningServer server, String action, String targetId) {
    return await(server.app().services().pool()
      .preparedQuery("SELECT count(*) AS n FROM audit_log WHERE action = $1 AND target_id = $2")
      .execute(Tuple.of(action, targetId))).iterator().next().getLong("n");
  }
}
