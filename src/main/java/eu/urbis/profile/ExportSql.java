package eu.urbis.profile;

/** What "download my data" reads: one statement per part, each naming only the caller's own rows ($1). */
final class ExportSql {
  static final String PROFILE = """
    SELECT id, username, display_name, city_id, role, created_at, email, email_mode, locale FROM users WHERE id = $1""";
  static final String THREADS = """
    SELECT id, board_id, title, kind, created_at FROM threads WHERE author_id = $1 ORDER BY id""";
  static final String POSTS = """
    SELECT id, thread_id, parent_id, body, created_at, edited_at FROM posts
    WHERE author_id = $1 AND NOT deleted ORDER BY id""";
  static final String MESSAGES = """
    SELECT id, room_id, body, created_at, edited_at FROM chat_messages
    WHERE author_id = $1 AND NOT deleted ORDER BY id""";
  static final String REACTIONS = """
    SELECT post_id, emoji, created_at FROM post_reactions WHERE user_id = $1 ORDER BY created_at, post_id""";

  static final String WATCHES = """
    SELECT target_type, target_id, level FROM watches WHERE user_id = $1 ORDER BY target_type, target_id""";

  private ExportSql() {
  }
}
