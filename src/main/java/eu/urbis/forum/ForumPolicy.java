package eu.urbis.forum;

import eu.urbis.auth.Policy;
import eu.urbis.user.Role;
import eu.urbis.user.User;

/** Who may do what with boards, threads and posts; docs/permissions.md is the same table in prose. */
final class ForumPolicy {
  private ForumPolicy() {
  }

  /** On a mentors' board only mentors, moderators and admins start threads; everyone may reply. */
  static boolean canStartThread(User caller, Board board) {
    return !board.mentorsOnly() || caller.has(Role.MENTOR);
  }

  /** Announcements to the cities are posted by mentors, moderators and admins. */
  static boolean canAnnounce(User caller) {
    return caller.has(Role.MENTOR);
  }

  /** A locked thread takes replies from moderators only. */
  static boolean canReply(User caller, Thread thread) {
    return canReply(caller, thread.locked());
  }

  static boolean canReply(User caller, boolean threadLocked) {
    return !threadLocked || Policy.canModerate(caller);
  }

  /** Editing and deleting a post: its author, or a moderator. */
  static boolean canEditPost(User caller, Post post) {
    return post.writtenBy(caller.id()) || Policy.canModerate(caller);
  }

  static boolean canRetitle(User caller, Thread thread) {
    return thread.startedBy(caller.id()) || Policy.canModerate(caller);
  }
}
