package eu.urbis.profile;

/** "Delete my account": what is erased, and, when the user chooses it, what of their content is removed ($1: the user). */
final class AccountSql {
  /** The row stays (posts and audit entries point at it) but says nothing of the person; it can never sign in again. */
  static final String ERASE_PROFILE = """
    UPDATE users SET username = 'deleted-' || id, display_name = 'Deleted user', city_id = NULL, role = 'member',
      password_hash = '!', suspended_at = now(), suspended_until = NULL, suspension_reason = 'Account deleted.'
    WHERE id = $1""";
  static final String END_SESSIONS = "UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL";
  static final String DROP_REACTIONS = "DELETE FROM post_reactions WHERE user_id = $1";
  static final String DROP_REVISIONS = "DELETE FROM post_revisions WHERE post_id IN (SELECT id FROM posts WHERE author_id = $1)";
  static final String REMOVE_POSTS = """
    UPDATE posts SET deleted = true, body = '', html = '' WHERE author_id = $1 AND NOT deleted RETURNING thread_id""";
  /** The threads whose posts were removed count again what is left ($1: their ids). */
  static final String RECOUNT_THREADS = """
    UPDATE threads t SET
      post_count = (SELECT count(*) FROM posts p WHERE p.thread_id = t.id AND NOT p.deleted),
      last_post_at = coalesce((SELECT max(p.created_at) FROM posts p WHERE p.thread_id = t.id AND NOT p.deleted), t.created_at)
    WHERE t.id = ANY($1)""";
  static final String REMOVE_MESSAGES = "UPDATE chat_messages SET deleted = true, body = '', html = '' WHERE author_id = $1 AND NOT deleted";

  private AccountSql() {
  }
}
