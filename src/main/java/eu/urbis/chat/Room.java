package eu.urbis.chat;

import eu.urbis.user.User;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A chat room as one user sees it: {@code unread} is that user's count of messages past their read marker, a
 * direct room's {@code name} is the other person's, and {@code muted} says whether that user is muted there.
 * {@code retentionDays}: messages older than that many days are deleted ({@link MessageRetention}); null keeps them.
 */
public record Room(long id, String name, RoomKind kind, String topic, long lastSeq, long unread, Long createdBy,
                   boolean muted, OffsetDateTime mutedUntil, Integer retentionDays) {

  public static Room fromRow(Row row) {
    return new Room(
      row.getLong("id"),
      row.getString("name"),
      RoomKind.fromWire(row.getString("kind")),
      row.getString("topic"),
      row.getLong("last_seq"),
      row.getLong("unread"),
      row.getLong("created_by"),
      row.getBoolean("muted"),
      row.getOffsetDateTime("muted_until"),
      row.getInteger("retention_days"));
  }

  public boolean open() {
    return kind == RoomKind.PUBLIC;
  }

  boolean mutedAt(Instant now) {
    return muted && (mutedUntil == null || mutedUntil.toInstant().isAfter(now));
  }

  /** {@code viewer} is the user whose room this is; {@code now} decides whether their mute has run out. */
  public JsonObject toJson(User viewer, Instant now) {
    JsonObject mute = mutedAt(now) ? new JsonObject().put("until", mutedUntil == null ? null : mutedUntil.toInstant().toString()) : null;
    return new JsonObject()
      .put("id", Long.toString(id))
      .put("name", name)
      .put("kind", kind.wire())
      .put("topic", topic)
      .put("lastSeq", lastSeq)
      .put("unread", unread)
      .put("muted", mute)
      .put("retentionDays", retentionDays)
      .put("can", new JsonObject()
        .put("manageMembers", ChatPolicy.canManageMembers(viewer, this))
        .put("setRetention", ChatPolicy.canSetRetention(viewer, this))
        .put("leave", ChatPolicy.canLeave(this)));
  }
}
