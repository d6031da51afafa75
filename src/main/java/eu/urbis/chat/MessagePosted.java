package eu.urbis.chat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.Set;

/**
 * Published on {@code Addresses.CHAT} after the commit of a new message that may concern someone beyond the room's
 * open sockets: one in a direct room, or one that mentions users (by username, as written). Ids, never text.
 */
public record MessagePosted(String roomId, String messageId, long seq, String authorId, boolean direct, Set<String> mentions) {
  public MessagePosted {
    mentions = Set.copyOf(mentions);
  }

  /** Whether the message is worth announcing at all: most messages are neither. */
  static boolean concerns(boolean direct, Set<String> mentions) {
    return direct || !mentions.isEmpty();
  }

  public JsonObject toJson() {
    return new JsonObject().put("roomId", roomId).put("messageId", messageId).put("seq", seq).put("authorId", authorId)
      .put("direct", direct).put("mentions", new JsonArray(mentions.stream().sorted().toList()));
  }

  public static MessagePosted fromJson(JsonObject json) {
    return new MessagePosted(json.getString("roomId"), json.getString("messageId"), json.getLong("seq"),
      json.getString("authorId"), json.getBoolean("direct"),
      Set.copyOf(json.getJsonArray("mentions").stream().map(String.class::cast).toList()));
  }
}
