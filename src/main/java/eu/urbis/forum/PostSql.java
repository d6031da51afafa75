package eu.urbis.forum;

import eu.urbis.user.UserRef;

/** Statements on posts, their revisions, reactions and mentions, one per constant. */
final class PostSql {
  private PostSql() {
  }

  /** $2: the viewer, whose own reactions come with the post (as in every statement reading posts). */
  static final String BY_ID = Post.select("$2") + "WHERE p.id = $1";

  /** FOR UPDATE: an edit and a delete of the same post must not interleave. */
  static final String LOCK = Post.select("$2") + "WHERE p.id = $1 FOR UPDATE OF p";

  static final String PLACE = "SELECT thread_id, depth, path FROM posts WHERE id = $1";

  /** One page in tree order: every post whose path sorts after the cursor's, along the (thread_id, path) index. */
  static final String TREE_PAGE = Post.select("$4") + """
    WHERE p.thread_id = $1 AND p.path > $2
    ORDER BY p.path
    LIMIT $3""";

  /**
   * Takes the id first so the path can end with it; the search language comes from the author's city's country.
   */
  static final String INSERT = """
    WITH next AS (SELECT nextval(pg_get_serial_sequence('posts', 'id')) AS id)
    INSERT INTO posts (id, thread_id, parent_id, depth, path, author_id, lang, body, html)
    SELECT next.id, $1, $2, $3, $4 || forum_path_key(next.id), $5,
      coalesce((SELECT l.config FROM users u JOIN cities c ON c.id = u.city_id
                JOIN search_languages l ON l.country = c.country WHERE u.id = $5), 'simple'),
      $6, $7
    FROM next
    RETURNING id, created_at""";

  /** Keeps the version being replaced: its text, when and by whom it was written. */
  static final String KEEP_REVISION = """
    INSERT INTO post_revisions (post_id, body, written_at, writer_id)
    SELECT id, body, coalesce(edited_at, created_at), coalesce(editor_id, author_id) FROM posts WHERE id = $1""";

  static final String EDIT = "UPDATE posts SET body = $2, html = $3, edited_at = now(), editor_id = $4 WHERE id = $1";

  static final String SOFT_DELETE = "UPDATE posts SET deleted = true, body = '', html = '' WHERE id = $1";

  static final String REVISIONS = """
    SELECT r.body, r.written_at,
      w.id AS writer_id, w.username AS writer_username, w.display_name AS writer_display_name,
      w.city_id AS writer_city_id, w.role AS writer_role
    FROM post_revisions r JOIN users w ON w.id = r.writer_id
    WHERE r.post_id = $1
    ORDER BY r.id DESC""";

  /** Who gave each reaction, first reactions first. */
  static final String REACTORS = "SELECT r.emoji, " + UserRef.columns("u", "user_") + """
     FROM post_reactions r JOIN users u ON u.id = r.user_id
    WHERE r.post_id = $1
    ORDER BY r.emoji, r.created_at, u.id""";

  static final String ADD_REACTION = "INSERT INTO post_reactions (post_id, emoji, user_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING";

  static final String REMOVE_REACTION = "DELETE FROM post_reactions WHERE post_id = $1 AND emoji = $2 AND user_id = $3";

  /** Usernames that match no account are no mentions; a user named twice is recorded once. */
  static final String RECORD_MENTIONS = """
    INSERT INTO post_mentions (post_id, user_id)
    SELECT $1, u.id FROM users u WHERE lower(u.username) = ANY($2::text[])
    ON CONFLICT DO NOTHING""";
}
