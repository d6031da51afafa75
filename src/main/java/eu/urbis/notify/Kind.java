package eu.urbis.notify;

import java.util.Locale;
import java.util.Optional;

/**
 * What a notification is about (API.md → Notifications). Each kind is made by a listener from its feature's events:
 * {@link ForumNotifier} (announcement among the forum's), {@link ChatNotifier}, {@link ModerationNotifier},
 * {@link ProgrammeNotifier} (practice_review, adoption, request) and {@link AckReminders} (ack_reminder).
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
