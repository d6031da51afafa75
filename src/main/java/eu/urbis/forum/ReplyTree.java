package eu.urbis.forum;

import eu.urbis.http.PageRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;

/**
 * Where a post sits in its thread's reply tree. Each post's {@code path} is its parent's path followed by a key
 * made from its own id ({@code forum_path_key} in V2__forum.sql), so sorting a thread's posts by path is
 * depth-first with siblings in the order they were written, and one page is one range scan of the
 * (thread_id, path) index. Paths never change, so a cursor (the last path seen) never skips or repeats a post.
 */
final class ReplyTree {
  /** Deeper replies would make paths too long for the index; the UI stops indenting long before. */
  static final int MAX_DEPTH = 64;

  /** Sorts before every path: the position of a first page. */
  private static final String START = "";

  private ReplyTree() {
  }

  /** Whether a post at {@code depth} takes replies: theirs would be at most {@link #MAX_DEPTH} deep. */
  static boolean nestsBelow(int depth) {
    return depth < MAX_DEPTH;
  }

  /** A post's place, as a new reply below it needs it. */
  record Place(long threadId, int depth, String path) {
    static Place fromRow(Row row) {
      return new Place(row.getLong("thread_id"), row.getInteger("depth"), row.getString("path"));
    }

    static Place root(long threadId) {
      return new Place(threadId, -1, START);
    }

    int childDepth() {
      return depth + 1;
    }
  }

  static JsonObject cursorAfter(Post post) {
    return new JsonObject().put("path", post.path());
  }

  static String pathAfter(PageRequest page) {
    if (page.first()) {
      return START;
    }
    return page.cursorText("path");
  }
}
