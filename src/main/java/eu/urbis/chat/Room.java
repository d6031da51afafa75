package eu.urbis.chat;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;

/** A chat room as one user sees it: {@code unread} is that user's count of messages past their read marker. */
public record Room(long id, String name, RoomKind kind, String topic, long lastSeq, long unread) {

  public static Room fromRow(Row row) {
    return new Room(
      row.getLong("id"),
      row.getString("name"),
      RoomKind.fromWire(row.getString("kind")),
      row.getString("topic"),
      row.getLong("last_seq"),
      row.getLong("unread"));
  }

  public boolean open() {
    return kind == RoomKind.PUBLIC;
  }

  public JsonObject toJson() {
    return new JsonObject()
      .put("id", Long.toString(id))
      .put("name", name)
      .put("kind", kind.wire())
      .put("topic", topic)
      .put("lastSeq", lastSeq)
      .put("unread", unread);
  }
}
