package eu.urbis.chat;

import eu.urbis.auth.Policy;
import eu.urbis.user.User;

/** Who may change chat messages and room members; docs/permissions.md is the same table in prose. */
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

  /** A private room's members are chosen by its owner, or by a moderator who can see the room (a member). */
  static boolean canManageMembers(User caller, Room room) {
    return room.kind() == RoomKind.PRIVATE && (Long.valueOf(caller.numericId()).equals(room.createdBy()) || Policy.canModerate(caller));
  }

  /**
   * How long a room keeps its messages is set by its owner, by either person of a direct room, or by a moderator
   * who can see the room.
   */
  static boolean canSetRetention(User caller, Room room) {
    return room.kind() == RoomKind.DIRECT || Long.valueOf(caller.numericId()).equals(room.createdBy()) || Policy.canModerate(caller);
  }

  /** Anyone may leave a private room; public rooms have no member list and a direct room is its two people. */
  static boolean canLeave(Room room) {
    return room.kind() == RoomKind.PRIVATE;
  }
}
