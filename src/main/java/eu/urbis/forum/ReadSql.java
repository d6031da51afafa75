package eu.urbis.forum;

/**
 * Read positions (V80__thread_reads.sql). A thread's unread posts are its live posts by others with an id above the
 * caller's position; a thread the caller never opened has no position, so all its posts are unread (it is "new").
 */
final class ReadSql {
  private ReadSql() {
  }

  /** The position, 0 when the thread was never opened. */
  private static final String POSITION = "coalesce((SELECT r.last_post_id FROM thread_reads r WHERE r.user_id = $1 AND r.thread_id = t.id), 0)";

  /**
   * Unread count and the caller's watch level for each of the threads {@code $2}, in one statement: the thread's
   * own level, else muted when the board is muted, else normal (API.md: Thread.unread, Thread.watch).
   */
  static final String THREAD_STATES = """
    SELECT t.id,
      (SELECT count(*) FROM posts p WHERE p.thread_id = t.id AND NOT p.deleted AND p.author_id <> $1 AND p.id > """ + POSITION + """
      ) AS unread,
      coalesce(
        (SELECT w.level FROM watches w WHERE w.user_id = $1 AND w.target_type = 'thread' AND w.target_id = t.id),
        (SELECT 'muted' FROM watches w WHERE w.user_id = $1 AND w.target_type = 'board' AND w.target_id = t.board_id AND w.level = 'muted'),
        'normal') AS watch
    FROM threads t WHERE t.id = ANY($2::bigint[])""";

  /**
   * For every board, how many of its threads have a live post by others above the caller's position (Board.unread),
   * and the caller's level on the board (Board.watch), in one statement.
   */
  static final String BOARD_STATES = """
    SELECT b.id,
      (SELECT count(*) FROM threads t WHERE t.board_id = b.id
          AND EXISTS (SELECT 1 FROM posts p WHERE p.thread_id = t.id AND NOT p.deleted AND p.author_id <> $1 AND p.id > """ + POSITION + """
      )) AS unread,
      coalesce((SELECT w.level FROM watches w WHERE w.user_id = $1 AND w.target_type = 'board' AND w.target_id = b.id), 'normal') AS watch
    FROM boards b""";

  /** Moves the position to post {@code $3} of thread {@code $2}, never backwards; no row when the post is not the thread's. */
  static final String READ_UP_TO = """
    INSERT INTO thread_reads (user_id, thread_id, last_post_id)
    SELECT $1, p.thread_id, p.id FROM posts p WHERE p.id = $3 AND p.thread_id = $2
    ON CONFLICT (user_id, thread_id) DO UPDATE SET last_post_id = greatest(thread_reads.last_post_id, EXCLUDED.last_post_id)
    RETURNING thread_id""";

  /** Every thread of board {@code $2} read up to its newest post, in one statement. */
  static final String READ_BOARD = """
    INSERT INTO thread_reads (user_id, thread_id, last_post_id)
    SELECT $1, p.thread_id, max(p.id) FROM threads t JOIN posts p ON p.thread_id = t.id WHERE t.board_id = $2 GROUP BY p.thread_id
    ON CONFLICT (user_id, thread_id) DO UPDATE SET last_post_id = greatest(thread_reads.last_post_id, EXCLUDED.last_post_id)""";

  /** Where a page starting at the caller's first unread post (in tree order) starts; none when all is read. */
  static final String FIRST_UNREAD_PATH = """
    SELECT p.path FROM threads t JOIN posts p ON p.thread_id = t.id
    WHERE t.id = $2 AND NOT p.deleted AND p.author_id <> $1 AND p.id > """ + POSITION + """
    ORDER BY p.path LIMIT 1""";

  /** Which thread a post belongs to, to tell an unknown post (404) from one of another thread (400). */
  static final String POST_THREAD = "SELECT thread_id FROM posts WHERE id = $1";
}
