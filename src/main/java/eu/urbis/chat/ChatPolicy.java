package eu.urbis.chat;

import eu.urbis.auth.Policy;
import eu.urbis.user.User;

/** Who may change chat messages; docs/permissions.md is the same table in prose. */
final class ChatPolicy {
  private ChatPolicy() {
  }

  /** Chat messages are edited and deleted by their author, or by a moderator. */
  static boolean canChangeMessage(User caller, String authorId) {
    return caller.id().equals(authorId) || Policy.canModerate(caller);
  }
}
