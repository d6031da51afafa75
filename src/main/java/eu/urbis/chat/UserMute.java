package eu.urbis.chat;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Where a user is muted, as a moderator's view of that user lists it. */
record UserMute(long roomId, String roomName, RoomKind kind, OffsetDateTime until) {
  static UserMute fromRow(Row row) {
    return new UserMute(row.getLong("id"), row.getString("name"), RoomKind.fromWire(row.getString("kind")), row.getOffsetDateTime("until"));
  }

  boolean activeAt(Instant now) {
    return until == null || until.toInstant().isAfter(now);
  }

  JsonObject toJson() {
    return new JsonObject()
      .put("room", new JsonObject().put("id", Long.toString(roomId)).put("name", roomName).put("kind", kind.wire()))
      .put("until", until == null ? null : until.toInstant().toString());
  }
}
