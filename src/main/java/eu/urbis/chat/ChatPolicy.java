package eu.urbis.chat;

import eu.urbis.auth.Policy;
import eu.urbis.user.User;

/** Who may change chat messages; docs/permissions.md is the same table in prose. */
final class ChatPolicy {
  private ChatPolicy() {
  }

  /**
   * Only the author edits a chat message: an edit shown under the author's name must be the author's words. A
   * moderator who objects to a message deletes it (audited).
   */
  static boolean canEditMessage(User caller, String authorId) {
    return caller.id().equals(authorId);
  }

  /** Chat messages are deleted by their author, or by a moderator. */
  static boolean canDeleteMessage(User caller, String authorId) {
    return caller.id().equals(authorId) || Policy.canModerate(caller);
  }
}
