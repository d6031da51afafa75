package eu.urbis.notify;

import eu.urbis.live.UserEvent;
import io.vertx.core.json.JsonObject;

/** What reaches the recipient's open sockets (API.md → Notifications, WebSocket). */
final class NotificationFrames {
  private NotificationFrames() {
  }

  /**
   * A new notification, or an unread one that gathered another post ({@code postId}, the newest it tells of; the
   * same {@code id}, a higher {@code newPosts}), with the unread count it makes.
   */
  record Arrived(Notification notification, long unread, Long postId) implements UserEvent {
    @Override
    public JsonObject frame() {
      JsonObject frame = new JsonObject().put("type", "notification").put("notification", notification.toJson()).put("unread", unread);
      if (postId != null) {
        frame.put("postId", Long.toString(postId));
      }
      return frame;
    }
  }

  /** The unread count changed elsewhere (another tab read some), so every badge agrees. */
  record Count(long unread) implements UserEvent {
    @Override
    public JsonObject frame() {
      return new JsonObject().put("type", "notifications").put("unread", unread);
    }
  }
}
