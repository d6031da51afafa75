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

  /**
   * One page in tree order: every post whose path sorts after the cursor's (or, {@code $5}, from that path on: a page
   * opened at a given post), along the (thread_id, path) index.
   */
  static final String TREE_PAGE = Post.select("$4") + """
    WHERE p.thread_id = $1 AND p.path >= $2 AND ($5 OR p.path > $2)
    ORDER BY p.path
    LIMIT $3""";

  /**
   * The text-search configuration of a post: {@code config}, the detected or chosen language's, else that of the
   * country of the city of the user {@code author}, else 'simple'.
   */
  static String language(String config, String author) {
    return "coalesce(" + config + "::regconfig, (SELECT l.config FROM users u JOIN cities c ON c.id = u.city_id"
      + " JOIN search_languages l ON l.country = c.country WHERE u.id = " + author + "), 'simple')";
  }

  /** Takes the id first so the path can end with it. */
  static final String INSERT = """
    WITH next AS (SELECT nextval(pg_get_serial_sequence('posts', 'id')) AS id)
    INSERT INTO posts (id, thread_id, parent_id, depth, path, author_id, lang, body, html, plain, language, language_chosen)
    SELECT next.id, $1, $2, $3, $4 || forum_path_key(next.id), $5, """ + language("$8", "$5") + """
      , $6, $7, $9, $10, $11
    FROM next
    RETURNING id, created_at""";

  /** Keeps the version being replaced: its text, when and by whom it was written. */
  static final String KEEP_REVISION = """
    INSERT INTO post_revisions (post_id, body, written_at, writer_id)
    SELECT id, body, coalesce(edited_at, created_at), coalesce(editor_id, author_id) FROM posts WHERE id = $1""";

  static final String EDIT = """
    UPDATE posts SET body = $2, html = $3, edited_at = now(), editor_id = $4, plain = $5, language = $6,
      language_chosen = $7, lang = """ + language("$8", "posts.author_id") + """
    WHERE id = $1""";

  /** A thread's title is searched in the language of its opening post. */
  static final String FOLLOW_OPENING_POST = """
    UPDATE threads t SET lang = p.lang FROM posts p WHERE t.opening_post_id = p.id AND p.id = ANY($1::bigint[])""";

  static final String SOFT_DELETE = "UPDATE posts SET deleted = true, body = '', html = '', plain = '' WHERE id = $1";

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
