package eu.urbis.audit;

import eu.urbis.user.UserRef;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;

import java.time.OffsetDateTime;

/** One privileged action: who did what to which target, when. */
public record AuditEntry(long id, UserRef actor, String action, String targetType, String targetId, JsonObject detail, OffsetDateTime at) {

  static AuditEntry fromRow(Row row) {
    return new AuditEntry(
      row.getLong("id"),
      UserRef.fromRow(row, "actor_"),
      row.getString("action"),
      row.getString("target_type"),
      row.getString("target_id"),
      row.getJsonObject("detail"),
      row.getOffsetDateTime("at"));
  }

  public JsonObject toJson() {
    return new JsonObject()
      .put("id", Long.toString(id))
      .put("actor", actor.toJson())
      .put("action", action)
      .put("targetType", targetType)
      .put("targetId", targetId)
      .put("detail", detail)
      .put("at", at.toInstant().toString());
  }
}
