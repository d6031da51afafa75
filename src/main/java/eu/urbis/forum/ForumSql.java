package eu.urbis.forum;

/** The forum's statements, one per constant. */
final class ForumSql {
  private ForumSql() {
  }

  static final String THEMES = "SELECT id, name FROM themes ORDER BY position";

  static final String BOARDS = "SELECT " + Board.COLUMNS + " FROM boards ORDER BY id";

  static final String BOARD_BY_ID = "SELECT " + Board.COLUMNS + " FROM boards WHERE id = $1";

  static final String INSERT_BOARD = """
    INSERT INTO boards (slug, name, description, post_policy) VALUES ($1, $2, $3, $4)
    RETURNING\s""" + Board.COLUMNS;

  static final String ADD_TO_THREAD_COUNT = "UPDATE boards SET thread_count = thread_count + $2 WHERE id = $1";

  /** Keyset page in board order; the first page starts after a position above every thread. */
  static final String BOARD_PAGE = Thread.SELECT + """
    WHERE t.board_id = $1
      AND ($2::text IS NULL OR t.tags @> ARRAY[$2::text])
      AND ($3::text IS NULL OR t.kind = $3::text)
      AND (t.pinned, t.last_post_at, t.id) < ($4::boolean, $5::timestamptz, $6::bigint)
    ORDER BY t.pinned DESC, t.last_post_at DESC, t.id DESC
    LIMIT $7""";

  static final String THREAD_BY_ID = Thread.SELECT + "WHERE t.id = $1";

  /** Where a thread is now, for the events announcing a change to it. */
  static final String THREAD_REF = """
    SELECT t.id, t.board_id, b.post_policy FROM threads t JOIN boards b ON b.id = t.board_id WHERE t.id = $1""";

  /** FOR UPDATE: replies, moves and counter changes of one thread take turns. */
  static final String LOCK_THREAD = Thread.SELECT + "WHERE t.id = $1 FOR UPDATE OF t";

  /** The title's search language is its opening post's ($11), else its author's city's. */
  static final String INSERT_THREAD = """
    INSERT INTO threads (board_id, title, kind, author_id, lang, tags,
      practice_city_id, practice_theme, practice_summary, practice_outcomes, practice_links, audience)
    VALUES ($1, $2, $3, $4, """ + PostSql.language("$11", "$4") + """
      , $5, $6, $7, $8, $9, $10, $12)
    RETURNING id""";

  static final String SET_OPENING_POST = "UPDATE threads SET opening_post_id = $2 WHERE id = $1";

  static final String COUNT_NEW_POST = """
    UPDATE threads SET post_count = post_count + 1, last_post_at = greatest(last_post_at, $2)
    WHERE id = $1""";

  /** After a delete: the latest remaining post is the last activity (the thread's start if none remains). */
  static final String COUNT_DELETED_POST = """
    UPDATE threads t SET post_count = post_count - 1,
      last_post_at = coalesce((SELECT max(p.created_at) FROM posts p WHERE p.thread_id = t.id AND NOT p.deleted), t.created_at)
    WHERE t.id = $1""";

  static final String UPDATE_THREAD = """
    UPDATE threads SET title = coalesce($2, title), pinned = coalesce($3, pinned), locked = coalesce($4, locked),
      board_id = coalesce($5, board_id)
    WHERE id = $1""";
}
