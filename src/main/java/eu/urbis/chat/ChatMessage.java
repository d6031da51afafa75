package eu.urbis.chat;

import eu.urbis.auth.Can;
import eu.urbis.auth.Policy;
import eu.urbis.user.User;
import eu.urbis.user.UserRef;
import io.vertx.core.json.JsonArray;
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
  boolean deleted,
  JsonArray files) {

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
      row.getBoolean("deleted"),
      row.getValue("files") instanceof JsonArray files ? files : new JsonArray());
  }

  public String room() {
    return Long.toString(roomId);
  }

  /**
   * What {@code viewer} may do with a message by {@code authorId}, by the rules {@link MessageService} enforces:
   * a muted member neither sends ("reply") nor edits in the room, but may still delete.
   */
  static Can can(User viewer, String authorId, boolean deleted, boolean viewerMuted) {
    return new Can(
      !deleted && ChatPolicy.canEditMessage(viewer, authorId) && !viewerMuted,
      !deleted && ChatPolicy.canDeleteMessage(viewer, authorId),
      !viewerMuted,
      Policy.canModerate(viewer),
      !deleted && Policy.canReport(viewer, authorId));
  }

  Can can(User viewer, boolean viewerMuted) {
    return can(viewer, author.id(), deleted, viewerMuted);
  }

  public JsonObject toJson(Can can) {
    return toJson().put("can", can.toJson());
  }

  /** The message without {@code can}: what every member's frame shares. */
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
      .put("deleted", deleted)
      .put("files", deleted ? new JsonArray() : files.copy());
  }
}
