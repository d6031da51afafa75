package eu.urbis.auth;

import eu.urbis.user.Role;
import eu.urbis.user.User;

/**
 * The rules that follow from a caller's role alone, one named predicate each, used by REST and WebSocket alike;
 * rules about a feature's own objects live beside it ({@code ForumPolicy}, {@code ChatPolicy}).
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

  public static boolean canCreateBoards(User caller) {
    return caller.has(Role.ADMIN);
  }

  /** Anyone reports a post or message they can see, except their own. */
  public static boolean canReport(User caller, String authorId) {
    return !caller.id().equals(authorId);
  }
}
