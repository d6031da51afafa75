package eu.urbis.support;

import io.vertx.sqlclient.Row;

import java.util.List;

/** Reads the audit log directly, to check that an action wrote its entry (or that a refused one wrote none). */
public final class Audit {
  private Audit() {
  }

  /** The entries of {@code action} on {@code targetId}, oldest first: their actor_id and detail. */
  public static List<Row> entries(RunningServer server, String action, String targetId) {
    return Db.rows(server, "SELECT actor_id, detail FROM audit_log WHERE action = $1 AND target_id = $2 ORDER BY id", action, targetId);
  }

  public static long count(RunningServer server, String action, String targetId) {
    return entries(server, action, targetId).size();
  }
}
