package eu.urbis.moderation;

import eu.urbis.user.UserRef;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;

import java.time.OffsetDateTime;

/**
 * A report with what a moderator needs to judge it: the reported content (body, author, deleted) and its context
 * (the thread for a post, the room for a message).
 */
public record Report(
  long id, String targetType, long targetId, String reason, UserRef reporter, String status, OffsetDateTime createdAt,
  String resolution, String note, OffsetDateTime resolvedAt, JsonObject content, JsonObject context) {

  static Report fromRow(Row row) {
    boolean post = "post".equals(row.getString("target_type"));
    Long authorId = row.getLong("author_id");
    JsonObject content = new JsonObject()
      .put("body", row.getString("content_body"))
      .put("html", row.getString("content_html"))
      .put("deleted", row.getBoolean("content_deleted"))
      .put("author", authorId == null ? null : UserRef.fromRow(row, "author_").toJson());
    JsonObject context = post
      ? new JsonObject().put("threadId", text(row.getLong("context_id"))).put("threadTitle", row.getString("context_name"))
      : new JsonObject().put("roomId", text(row.getLong("context_id"))).put("roomName", row.getString("context_name"));
    return new Report(
      row.getLong("id"), row.getString("target_type"), row.getLong("target_id"), row.getString("reason"),
      UserRef.fromRow(row, "reporter_"), row.getString("status"), row.getOffsetDateTime("created_at"),
      row.getString("resolution"), row.getString("note"), row.getOffsetDateTime("resolved_at"), content, context);
  }

  public JsonObject toJson() {
    return new JsonObject()
      .put("id", Long.toString(id))
      .put("targetType", targetType)
      .put("targetId", Long.toString(targetId))
      .put("reason", reason)
      .put("reporter", reporter.toJson())
      .put("status", status)
      .put("createdAt", createdAt.toInstant().toString())
      .put("resolution", resolution)
      .put("note", note)
      .put("resolvedAt", resolvedAt == null ? null : resolvedAt.toInstant().toString())
      .put("content", content)
      .put("context", context);
  }

  private static String text(Long id) {
    return id == null ? null : Long.toString(id);
  }
}
