package eu.urbis.audit;

import eu.urbis.user.UserRef;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;

import java.time.OffsetDateTime;

/**
 * One privileged action: who did what to which target, when. For people to read it also carries the target's name
 * and the thread or room it is in (null when unknown or not to be shown), and the names of the ids in its detail.
 */
public record AuditEntry(long id, UserRef actor, String action, String targetType, String targetId, JsonObject detail, OffsetDateTime at,
                         String targetName, Long targetThreadId, Long targetRoomId, JsonObject detailNames) {

  static AuditEntry fromRow(Row row) {
    return new AuditEntry(
      row.getLong("id"),
      UserRef.fromRow(row, "actor_"),
      row.getString("action"),
      row.getString("target_type"),
      row.getString("target_id"),
      row.getJsonObject("detail"),
      row.getOffsetDateTime("at"),
      row.getString("target_name"),
      row.getLong("target_thread_id"),
      row.getLong("target_room_id"),
      row.getJsonObject("detail_names"));
  }

  public JsonObject toJson() {
    return new JsonObject()
      .put("id", Long.toString(id))
      .put("actor", actor.toJson())
      .put("action", action)
      .put("targetType", targetType)
      .put("targetId", targetId)
      .put("detail", detail)
      .put("at", at.toInstant().toString())
      .put("targetName", targetName)
      .put("targetThreadId", targetThreadId == null ? null : Long.toString(targetThreadId))
      .put("targetRoomId", targetRoomId == null ? null : Long.toString(targetRoomId))
      .put("detailNames", detailNames);
  }
}
