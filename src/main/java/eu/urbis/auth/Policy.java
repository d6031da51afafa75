package eu.urbis.auth;

import eu.urbis.forum.Board;
import eu.urbis.forum.Post;
import eu.urbis.forum.Thread;
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

  public static boolean canCreateBoards(User caller) {
    return caller.has(Role.ADMIN);
  }

  /** On a mentors' board only mentors, moderators and admins start threads; everyone may reply. */
  public static boolean canStartThread(User caller, Board board) {
    return !board.mentorsOnly() || caller.has(Role.MENTOR);
  }

  /** A locked thread takes replies from moderators only. */
  public static boolean canReply(User caller, Thread thread) {
    return canReply(caller, thread.locked());
  }

  public static boolean canReply(User caller, boolean threadLocked) {
    return !threadLocked || canModerate(caller);
  }

  /** Editing and deleting a post: its author, or a moderator. */
  public static boolean canEditPost(User caller, Post post) {
    return post.writtenBy(caller.id()) || canModerate(caller);
  }

  public static boolean canRetitle(User caller, Thread thread) {
    return thread.startedBy(caller.id()) || canModerate(caller);
  }

  /** Anyone reports a post or message they can see, except their own. */
  public static boolean canReport(User caller, String authorId) {
    return !caller.id().equals(authorId);
  }

  /** Chat messages are edited and deleted by their author, or by a moderator. */
  public static boolean canChangeMessage(User caller, String authorId) {
    return caller.id().equals(authorId) || canModerate(caller);
  }
}
