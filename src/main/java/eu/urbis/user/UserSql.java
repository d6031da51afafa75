package eu.urbis.user;

final class UserSql {
  private UserSql() {
  }

  static final String INSERT = """
    INSERT INTO users (username, display_name, city_id, role, password_hash)
    VALUES ($1, $2, $3, $4, $5)
    RETURNING\s""" + User.COLUMNS;

  static final String BY_ID = "SELECT " + User.COLUMNS + " FROM users WHERE id = $1";

  static final String CREDENTIALS_BY_USERNAME = "SELECT " + User.COLUMNS + ", password_hash FROM users WHERE lower(username) = lower($1)";

  static final String BY_USERNAME = "SELECT " + User.COLUMNS + " FROM users WHERE lower(username) = lower($1)";

  /** Usernames are stored lower-case; starts_with takes the prefix literally (no LIKE wildcards). */
  static final String BY_PREFIX = "SELECT " + User.COLUMNS + " FROM users WHERE starts_with(username, lower($1)) ORDER BY username LIMIT $2";

  static final String EXISTS_BY_USERNAME = "SELECT 1 FROM users WHERE lower(username) = lower($1)";

  static final String SET_ROLE = "UPDATE users SET role = $2 WHERE id = $1 RETURNING " + User.COLUMNS;

  static final String SET_LOCALE = "UPDATE users SET locale = $2 WHERE id = $1 RETURNING " + User.COLUMNS;

  static final String LOCK_ADMINS = "SELECT id FROM users WHERE role = 'admin' FOR UPDATE";

  static final String SUSPEND = """
    UPDATE users SET suspended_at = now(), suspended_until = $2, suspension_reason = $3
    WHERE id = $1 RETURNING\s""" + User.COLUMNS;

  static final String UNSUSPEND = """
    UPDATE users SET suspended_at = NULL, suspended_until = NULL, suspension_reason = NULL
    WHERE id = $1 RETURNING\s""" + User.COLUMNS;
}
