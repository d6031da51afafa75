package eu.urbis.forum;

import eu.urbis.bus.Addresses;
import io.vertx.sqlclient.Row;

import java.util.Locale;
import java.util.Set;

/**
 * What the forum announces after a commit, on {@link Addresses#FORUM} and {@link Addresses#thread}. Events carry
 * ids, never text: a subscriber loads what it shows through the usual checks, and filters by the board (and
 * whether only mentors start threads there) before it tells anyone. Encoded in one place, {@link ForumEventCodec}.
 */
public sealed interface ForumEvent {

  /** The thread an event is about, where it is now. */
  ThreadRef thread();

  record ThreadRef(String threadId, String boardId, boolean mentorsOnly) {
    static ThreadRef fromRow(Row row) {
      return new ThreadRef(Long.toString(row.getLong("id")), Long.toString(row.getLong("board_id")),
        PostPolicy.fromWire(row.getString("post_policy")) == PostPolicy.MENTORS);
    }
  }

  /** A reply, or with {@code opensThread} the first post of a new thread; {@code parentId} is null at the top level. */
  record PostCreated(ThreadRef thread, String postId, String parentId, String authorId, boolean opensThread)
    implements ForumEvent {
  }

  /** {@code actorId} changed the post of {@code authorId}: the author, or a moderator. */
  record PostEdited(ThreadRef thread, String postId, String authorId, String actorId) implements ForumEvent {
  }

  record PostDeleted(ThreadRef thread, String postId, String authorId, String actorId) implements ForumEvent {
  }

  /** What actually changed (never empty); {@code fromBoardId} is the board a moved thread left, else null. */
  record ThreadChanged(ThreadRef thread, String authorId, String actorId, Set<Change> changes, String fromBoardId)
    implements ForumEvent {

    public ThreadChanged {
      changes = Set.copyOf(changes);
    }

    public enum Change {
      RETITLED, PINNED, UNPINNED, LOCKED, UNLOCKED, MOVED;

      public String wire() {
        return name().toLowerCase(Locale.ROOT);
      }

      public static Change fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
      }
    }
  }
}
