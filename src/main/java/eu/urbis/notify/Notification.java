package eu.urbis.notify;

import eu.urbis.user.UserRef;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;

import java.time.OffsetDateTime;

/**
 * One item of someone's inbox; {@code threadId} for posts, {@code roomId} and {@code seq} for chat messages,
 * {@code step} for requests only, {@code newPosts} for a watched thread's posts (how many it gathered, the target
 * being the first).
 */
public record Notification(long id, Kind kind, OffsetDateTime at, boolean read, UserRef actor, String targetType,
                           long targetId, Long threadId, Long roomId, Long seq, String title, String excerpt,
                           RequestStep step, Integer newPosts) {

  static Notification fromRow(Row row) {
    Kind kind = Kind.fromWire(row.getString("kind")).orElseThrow();
    return new Notification(row.getLong("id"), kind,
      row.getOffsetDateTime("created_at"), row.getOffsetDateTime("read_at") != null,
      row.getLong("actor_id") == null ? null : UserRef.fromRow(row, "actor_"),
      row.getString("target_type"), row.getLong("target_id"), row.getLong("thread_id"), row.getLong("room_id"),
      row.getLong("seq"), row.getString("title"), row.getString("excerpt"),
      RequestStep.fromWire(row.getString("step")).orElse(null), row.getInteger("new_posts"));
  }

  public JsonObject toJson() {
    JsonObject target = new JsonObject().put("type", targetType).put("id", Long.toString(targetId));
    if (threadId != null) {
      target.put("threadId", Long.toString(threadId));
    }
    if (roomId != null) {
      target.put("roomId", Long.toString(roomId)).put("seq", seq);
    }
    JsonObject json = new JsonObject()
      .put("id", Long.toString(id))
      .put("kind", kind.wire())
      .put("at", at.toInstant().toString())
      .put("read", read)
      .put("actor", actor == null ? null : actor.toJson())
      .put("target", target)
      .put("title", title)
      .put("excerpt", excerpt);
    if (step != null) {
      json.put("step", step.wire());
    }
    if (newPosts != null) {
      json.put("newPosts", newPosts);
    }
    return json;
  }
}
