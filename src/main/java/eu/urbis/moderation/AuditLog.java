package eu.urbis.moderation;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

/** Writes one audit entry; callers pass their transaction so the entry commits with the action or not at all. */
public final class AuditLog {
  private static final String INSERT = """
    INSERT INTO audit_log (actor_id, action, target_type, target_id, detail)
    VALUES ($1, $2, $3, $4, $5)""";

  public Future<Void> record(SqlClient tx, String actorId, String action, String targetType, String targetId, JsonObject detail) {
    return tx.preparedQuery(INSERT)
      .execute(Tuple.of(Long.parseLong(actorId), action, targetType, targetId, detail == null ? new JsonObject() : detail))
      .mapEmpty();
  }
}
