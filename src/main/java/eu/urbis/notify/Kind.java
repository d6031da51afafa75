package eu.urbis.notify;

import java.util.Locale;
import java.util.Optional;

/**
 * What a notification is about (API.md → Notifications). The forum and chat kinds are made here from their events;
 * the peer-learning kinds (practice_review, adoption, announcement, ack_reminder, request) are reserved for that
 * feature's events: a listener beside {@link ForumNotifier} maps each event to its recipients, set-based.
 */
public enum Kind {
  MENTION, REPLY, WATCHED_POST, WATCHED_THREAD, DIRECT_MESSAGE,
  PRACTICE_REVIEW, ADOPTION, ANNOUNCEMENT, ACK_REMINDER, REQUEST,
  MODERATION;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Kind> fromWire(String value) {
    for (Kind kind : values()) {
      if (kind.wire().equals(value)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
