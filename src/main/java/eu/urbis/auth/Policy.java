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

  /** Moderators suspend members, mentors and other moderators; only admins suspend admins. */
  public static boolean canSuspend(User caller, User target) {
    return canModerate(caller) && (target.role() != Role.ADMIN || caller.has(Role.ADMIN));
  }
}
