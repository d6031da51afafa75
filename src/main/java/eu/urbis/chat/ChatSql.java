package eu.urbis.chat;

import eu.urbis.files.Attachments;
import eu.urbis.user.UserRef;

/** Every chat statement, parameterised; a room's visibility rule lives in VISIBLE alone. */
final class ChatSql {
  private ChatSql() {
  }

  /** $1 = the viewer: a direct room is named after the other person, for each side. */
  private static final String ROOM_COLUMNS = """
    r.id, r.kind, r.topic, r.last_seq, r.created_by, r.retention_days,
    CASE WHEN r.kind = 'direct' THEN COALESCE((SELECT u.display_name FROM chat_members o JOIN users u ON u.id = o.user_id
      WHERE o.room_id = r.id AND o.user_id <> $1 ORDER BY o.user_id LIMIT 1), r.name) ELSE r.name END AS name,
    mu.user_id IS NOT NULL AS muted, mu.until AS muted_until""";

  private static final String UNREAD = "GREATEST(r.last_seq - COALESCE(k.read_seq, 0), 0) AS unread";

  /** $1 = the viewer: public rooms and rooms they are a member of. */
  private static final String VISIBLE =
    "(r.kind = 'public' OR EXISTS (SELECT 1 FROM chat_members cm WHERE cm.room_id = r.id AND cm.user_id = $1))";

  private static final String ROOMS_WITH_UNREAD = "SELECT " + ROOM_COLUMNS + ", " + UNREAD + """
     FROM chat_rooms r
    LEFT JOIN chat_read_markers k ON k.room_id = r.id AND k.user_id = $1
    LEFT JOIN chat_mutes mu ON mu.room_id = r.id AND mu.user_id = $1
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
    ON CONFLICT DO NOTHING
    RETURNING user_id""";

  static final String REMOVE_MEMBER = "DELETE FROM chat_members WHERE room_id = $1 AND user_id = $2";

  /** $2 = the id after which the page starts (0 for the first), $3 = rows to fetch. */
  static final String MEMBERS = "SELECT " + UserRef.columns("u", "") + """
     FROM chat_members m JOIN users u ON u.id = m.user_id
    WHERE m.room_id = $1 AND m.user_id > $2
    ORDER BY m.user_id
    LIMIT $3""";

  static final String USER_IDS_BY_NAME = "SELECT id, username FROM users WHERE username = ANY($1::text[])";

  /** $1 = the muted user, $2 = the moderator asking: only rooms the moderator can see. */
  static final String MUTES_OF_USER = """
    SELECT r.id, r.name, r.kind, mu.until
      FROM chat_mutes mu JOIN chat_rooms r ON r.id = mu.room_id
     WHERE mu.user_id = $1 AND (r.kind = 'public' OR EXISTS (SELECT 1 FROM chat_members cm WHERE cm.room_id = r.id AND cm.user_id = $2))
     ORDER BY r.name, r.id""";

  static final String COUNT_USERS = "SELECT count(*) AS found FROM users WHERE id = ANY($1::bigint[])";


  private static final String MESSAGE_COLUMNS = """
    m.id, m.room_id, m.seq, m.body, m.html, m.client_id, m.created_at, m.edited_at, m.deleted,
    """ + UserRef.columns("u", "author_") + ", " + Attachments.messageFilesJson("m.id") + " AS files";

  private static final String MESSAGES = "SELECT " + MESSAGE_COLUMNS + " FROM chat_messages m JOIN users u ON u.id = m.author_id ";

  static final String HISTORY_BEFORE = MESSAGES + "WHERE m.room_id = $1 AND m.seq < $2 ORDER BY m.seq DESC LIMIT $3";

  static final String REPLAY_AFTER = MESSAGES + "WHERE m.room_id = $1 AND m.seq > $2 ORDER BY m.seq LIMIT $3";

  static final String MESSAGE = MESSAGES + "WHERE m.id = $1";

  static final String MESSAGE_IN_ROOM = MESSAGES + "WHERE m.id = $1 AND m.room_id = $2";

  /**
   * One group commit in one statement (so one round trip and one implicit transaction, one WAL flush) for sends to
   * any number of rooms: lock the rooms' rows (FOR UPDATE: batches from any node must not share a seq; held until
   * commit), find the batch's client ids that are already stored (retries take no seq; repeats within the batch
   * count once), number the rest of each room from its last_seq + 1 in queue order, insert them and move each
   * last_seq. Returns the new rows, then the retried ones.
   * $1 rooms, $2 author ids, $3 client ids, $4 bodies, $5 html, $6 file ids (comma-separated), one element per send in queue order.
   */
  static final String STORE_BATCH = """
    WITH input AS (
      SELECT t.room_id, t.author_id, t.client_id, t.body, t.html, t.files, t.ord
      FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[])
        WITH ORDINALITY AS t(room_id, author_id, client_id, body, html, files, ord)
    ),
    -- Locked in id order: two nodes storing batches for the same rooms never wait on each other in a circle.
    locked AS (
      SELECT id, last_seq FROM chat_rooms WHERE id IN (SELECT room_id FROM input) ORDER BY id FOR UPDATE
    ),
    existing AS (
      SELECT m.room_id, m.id, m.seq, m.author_id, m.client_id, m.body, m.html, m.created_at, m.edited_at, m.deleted
      FROM chat_messages m
      WHERE (m.room_id, m.author_id, m.client_id) IN (SELECT room_id, author_id, client_id FROM input)
    ),
    fresh AS (
      SELECT DISTINCT ON (i.room_id, i.author_id, i.client_id) i.*
      FROM input i
      WHERE NOT EXISTS (
        SELECT 1 FROM existing e WHERE e.room_id = i.room_id AND e.author_id = i.author_id AND e.client_id = i.client_id)
      ORDER BY i.room_id, i.author_id, i.client_id, i.ord
    ),
    numbered AS (
      SELECT f.*, l.last_seq + row_number() OVER (PARTITION BY f.room_id ORDER BY f.ord) AS seq
      FROM fresh f JOIN locked l ON l.id = f.room_id
    ),
    inserted AS (
      INSERT INTO chat_messages (room_id, seq, author_id, client_id, body, html)
      SELECT room_id, seq, author_id, client_id, body, html FROM numbered
      RETURNING room_id, id, seq, author_id, client_id, body, html, created_at, edited_at, deleted
    ),
    -- in the same statement as the message: a send with files is durable, files and all, before it is acked
    attached AS (
      INSERT INTO file_attachments (file_id, target_type, target_id, position)
      SELECT x.file_id, 'message', i.id, x.position
      FROM inserted i
      JOIN numbered n ON n.room_id = i.room_id AND n.author_id = i.author_id AND n.client_id = i.client_id
      CROSS JOIN LATERAL unnest(string_to_array(nullif(n.files, ''), ',')::bigint[]) WITH ORDINALITY AS x(file_id, position)
    ),
    bumped AS (
      UPDATE chat_rooms r SET last_seq = r.last_seq + n.added
      FROM (SELECT room_id, count(*) AS added FROM numbered GROUP BY room_id) n
      WHERE r.id = n.room_id
    )
    SELECT true AS fresh, * FROM inserted
    UNION ALL
    SELECT false AS fresh, * FROM existing""";

  static final String EDIT = "WITH m AS (UPDATE chat_messages SET body = $3, html = $4, edited_at = now() "
    + "WHERE id = $1 AND room_id = $2 AND NOT deleted RETURNING *) SELECT " + MESSAGE_COLUMNS
    + " FROM m JOIN users u ON u.id = m.author_id";

  static final String DELETE = """
    UPDATE chat_messages SET deleted = true, body = '', html = ''
    WHERE id = $1 AND room_id = $2 AND NOT deleted
    RETURNING id, seq""";

  static final String SET_RETENTION = "UPDATE chat_rooms SET retention_days = $2 WHERE id = $1";

  /**
   * One batch of the retention job ($1 = now, $2 = the batch size): the oldest messages past their room's retention,
   * at most $2 per room and in all; a message under an open report stays until the report is resolved. SKIP LOCKED:
   * nodes running the job at once take different rows, and none waits on a message being edited or deleted. The
   * rooms are not locked, so sends go on meanwhile. The messages' file links and notifications go in the same statement.
   */
  static final String PURGE_EXPIRED = """
    WITH doomed AS (
      SELECT m.id FROM chat_rooms r CROSS JOIN LATERAL (
        SELECT m.id FROM chat_messages m
        WHERE m.room_id = r.id AND m.created_at < $1::timestamptz - make_interval(days => r.retention_days)
          AND NOT EXISTS (SELECT 1 FROM reports o WHERE o.status = 'open' AND o.target_type = 'message' AND o.target_id = m.id)
        ORDER BY m.created_at
        LIMIT $2
        FOR UPDATE SKIP LOCKED
      ) m
      WHERE r.retention_days IS NOT NULL
      LIMIT $2
    ),
    unlinked AS (
      DELETE FROM file_attachments WHERE target_type = 'message' AND target_id IN (SELECT id FROM doomed)
    ),
    unnotified AS (
      DELETE FROM notifications WHERE target_type = 'message' AND target_id IN (SELECT id FROM doomed)
    )
    DELETE FROM chat_messages WHERE id IN (SELECT id FROM doomed)""";

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
