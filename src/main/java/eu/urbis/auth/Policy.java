package eu.urbis.auth;

import eu.urbis.user.Role;
import eu.urbis.user.User;

/**
 * Who may do what, one named predicate per rule, used by REST and WebSocket alike.
 * docs/permissions.md is the same table in prose.
 */
public final class Policy {
  private Policy() {
  }

  public static boolean canChangeRoles(User caller) {
    return caller.has(Role.ADMIN);
  }

  public static boolean canModerate(User caller) {
    return caller.has(Role.MODERATOR);
  }

  /** Chat messages are edited and deleted by their author, or by a moderator. */
  public static boolean canChangeMessage(User caller, String authorId) {
    return caller.id().equals(authorId) || canModerate(caller);
  }
}
