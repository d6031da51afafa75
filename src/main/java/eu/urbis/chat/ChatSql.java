package eu.urbis.chat;

/** Every chat statement, parameterised; a room's visibility rule lives in VISIBLE alone. */
final class ChatSql {
  private ChatSql() {
  }

  private static final String ROOM_COLUMNS = "r.id, r.name, r.kind, r.topic, r.last_seq";

  private static final String UNREAD = "GREATEST(r.last_seq - COALESCE(k.read_seq, 0), 0) AS unread";

  /** $1 = the viewer: public rooms and rooms they are a member of. */
  private static final String VISIBLE =
    "(r.kind = 'public' OR EXISTS (SELECT 1 FROM chat_members cm WHERE cm.room_id = r.id AND cm.user_id = $1))";

  private static final String ROOMS_WITH_UNREAD = "SELECT " + ROOM_COLUMNS + ", " + UNREAD + """
     FROM chat_rooms r
    LEFT JOIN chat_read_markers k ON k.room_id = r.id AND k.user_id = $1
    """;

  static final String VISIBLE_ROOMS = ROOMS_WITH_UNREAD + " WHERE " + VISIBLE + " ORDER BY r.id";

  static final String VISIBLE_ROOM = ROOMS_WITH_UNREAD + " WHERE r.id = $2 AND " + VISIBLE;

  static final String DIRECT_ROOM = ROOMS_WITH_UNREAD + " WHERE r.direct_key = $2";

  static final String INSERT_ROOM = """
    INSERT INTO chat_rooms (name, kind, topic, direct_key, seed_key, created_by)
    VALUES ($1, $2, $3, $4, $5, $6)
    ON CONFLICT DO NOTHING
    RETURNING id""";

  static final String ADD_MEMBERS = """
    INSERT INTO chat_members (room_id, user_id)
    SELECT $1, unnest($2::bigint[])
    ON CONFLICT DO NOTHING""";

  static final String COUNT_USERS = "SELECT count(*) AS found FROM users WHERE id = ANY($1::bigint[])";

  static final String ROOM_EXISTS = "SELECT 1 FROM chat_rooms WHERE id = $1";

  private static final String MESSAGE_COLUMNS = """
    m.id, m.room_id, m.seq, m.body, m.html, m.client_id, m.created_at, m.edited_at, m.deleted,
    u.id AS author_id, u.username AS author_username, u.display_name AS author_display_name,
    u.city_id AS author_city_id, u.role AS author_role""";

  private static final String MESSAGES = "SELECT " + MESSAGE_COLUMNS + " FROM chat_messages m JOIN users u ON u.id = m.author_id ";

  static final String HISTORY_BEFORE = MESSAGES + "WHERE m.room_id = $1 AND m.seq < $2 ORDER BY m.seq DESC LIMIT $3";

  static final String REPLAY_AFTER = MESSAGES + "WHERE m.room_id = $1 AND m.seq > $2 ORDER BY m.seq LIMIT $3";

  static final String MESSAGE_IN_ROOM = MESSAGES + "WHERE m.id = $1 AND m.room_id = $2";

  static final String BY_CLIENT_IDS = MESSAGES + """
    WHERE m.room_id = $1 AND (m.author_id, m.client_id) IN (SELECT * FROM unnest($2::bigint[], $3::text[]))""";

  /** FOR UPDATE: two batches (from any node) must not take the same seq; held until commit. */
  static final String LOCK_ROOM = "SELECT last_seq FROM chat_rooms WHERE id = $1 FOR UPDATE";

  static final String INSERT_MESSAGES = """
    INSERT INTO chat_messages (room_id, seq, author_id, client_id, body, html)
    SELECT $1, * FROM unnest($2::bigint[], $3::bigint[], $4::text[], $5::text[], $6::text[])
    RETURNING id, seq, created_at""";

  static final String SET_LAST_SEQ = "UPDATE chat_rooms SET last_seq = $2 WHERE id = $1";

  static final String EDIT = "WITH m AS (UPDATE chat_messages SET body = $3, html = $4, edited_at = now() "
    + "WHERE id = $1 AND room_id = $2 AND NOT deleted RETURNING *) SELECT " + MESSAGE_COLUMNS
    + " FROM m JOIN users u ON u.id = m.author_id";

  static final String DELETE = """
    UPDATE chat_messages SET deleted = true, body = '', html = ''
    WHERE id = $1 AND room_id = $2 AND NOT deleted
    RETURNING id, seq""";

  static final String MARK_READ = """
    INSERT INTO chat_read_markers (room_id, user_id, read_seq)
    VALUES ($1, $2, LEAST($3, (SELECT last_seq FROM chat_rooms WHERE id = $1)))
    ON CONFLICT (room_id, user_id) DO UPDATE SET read_seq = GREATEST(chat_read_markers.read_seq, EXCLUDED.read_seq)""";

  static final String MUTE = """
    INSERT INTO chat_mutes (room_id, user_id, until, muted_by) VALUES ($1, $2, $3, $4)
    ON CONFLICT (room_id, user_id) DO UPDATE SET until = EXCLUDED.until, muted_by = EXCLUDED.muted_by, created_at = now()""";

  static final String UNMUTE = "DELETE FROM chat_mutes WHERE room_id = $1 AND user_id = $2";

  static final String MUTES_OF_ROOM = "SELECT user_id, until FROM chat_mutes WHERE room_id = $1";
}
