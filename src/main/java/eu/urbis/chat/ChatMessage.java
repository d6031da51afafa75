package eu.urbis.chat;

import eu.urbis.user.UserRef;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;

import java.time.OffsetDateTime;

/** One stored chat message; a deleted one keeps its seq with an empty body and html. */
public record ChatMessage(
  long id,
  long roomId,
  long seq,
  UserRef author,
  String body,
  String html,
  String clientId,
  OffsetDateTime ts,
  OffsetDateTime editedAt,
  boolean deleted) {

  public static ChatMessage fromRow(Row row) {
    return new ChatMessage(
      row.getLong("id"),
      row.getLong("room_id"),
      row.getLong("seq"),
      UserRef.fromRow(row, "author_"),
      row.getString("body"),
      row.getString("html"),
      row.getString("client_id"),
      row.getOffsetDateTime("created_at"),
      row.getOffsetDateTime("edited_at"),
      row.getBoolean("deleted"));
  }

  public String room() {
    return Long.toString(roomId);
  }

  public JsonObject toJson() {
    return new JsonObject()
      .put("id", Long.toString(id))
      .put("room", room())
      .put("seq", seq)
      .put("author", author.toJson())
      .put("body", body)
      .put("html", html)
      .put("clientId", clientId)
      .put("ts", ts.toInstant().toString())
      .put("editedAt", editedAt == null ? null : editedAt.toInstant().toString())
      .put("deleted", deleted);
  }
}
