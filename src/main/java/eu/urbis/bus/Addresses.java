package eu.urbis.bus;

/** Event-bus addresses, named in one place: the bus carries fan-out only (rooms, users, suspensions, forum events). */
public final class Addresses {
  private Addresses() {
  }

  /** Published when a user's role or status changes: every node drops its cached copy of that user. */
  public static final String USER_CHANGED = "urbis.user.changed";

  /**
   * Published with {@code {"user", "session"}} when a logout ends a session: every node closes the sockets opened
   * with that session's access tokens.
   */
  public static final String SESSION_ENDED = "urbis.session.ended";

  /** Published with a chat room id (Long) when its mutes change: every node drops its cached mutes of that room. */
  public static final String CHAT_MUTES_CHANGED = "urbis.chat.mutes.changed";

  /**
   * Asked by a node where someone joins a room, published to every node: each answers, at the address in the
   * question, with the users it has online in that room (so a joiner learns who is here on other nodes too).
   */
  public static final String CHAT_ROSTER_QUESTION = "urbis.chat.roster.question";

  /**
   * Every forum event (a post created, edited or deleted, a thread changed), published after its commit: for
   * subscribers that follow the whole forum, such as notifications.
   */
  public static final String FORUM = "urbis.forum";

  /** The forum events of one thread, the same ones as on {@link #FORUM}. */
  public static String thread(String threadId) {
    return "urbis.forum.thread." + threadId;
  }

  /** Frames for every socket of one user, on whichever node it is connected. */
  public static String user(String userId) {
    return "urbis.user." + userId;
  }

  /**
   * A chat room id (Long), published after a user lost a room (removed from it, or left it): each of that user's
   * chat sessions, on every node, leaves the room and says {@code left}.
   */
  public static String chatRoomWithdrawn(String userId) {
    return "urbis.chat.withdrawn." + userId;
  }

  /** Frames for every member of one chat room, on whichever node they are connected. */
  public static String room(String roomId) {
    return "urbis.room." + roomId;
  }
}
