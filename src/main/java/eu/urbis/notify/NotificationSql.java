package eu.urbis.notify;

import eu.urbis.user.UserRef;

/** Every statement of notifications and watches, parameterised. */
final class NotificationSql {
  private NotificationSql() {
  }

  private static final String COLUMNS = "n.id, n.kind, n.created_at, n.read_at, n.actor_id, n.target_type, n.target_id, "
    + "n.thread_id, n.room_id, n.seq, n.title, n.excerpt, request_step(n.kind, n.source_id) AS step, "
    + "watched_post_count(n.kind, n.thread_id, n.posts_before, n.posts_read) AS new_posts, " + UserRef.columns("a", "actor_");

  /** Newest first, below the cursor's id; {@code $3} a kind or null, {@code $4} unread only. */
  static final String LIST = "SELECT " + COLUMNS + """
     FROM notifications n LEFT JOIN users a ON a.id = n.actor_id
    WHERE n.user_id = $1 AND ($2::bigint IS NULL OR n.id < $2) AND ($3::text IS NULL OR n.kind = $3)
      AND (NOT $4 OR n.read_at IS NULL)
    ORDER BY n.id DESC
    LIMIT $5
    """;

  static final String UNREAD = "SELECT count(*) AS unread FROM notifications WHERE user_id = $1 AND read_at IS NULL";

  static final String OWNED = "SELECT count(*) AS owned FROM notifications WHERE user_id = $1 AND id = ANY($2)";

  static final String READ_IDS = "UPDATE notifications SET read_at = now() WHERE user_id = $1 AND id = ANY($2) AND read_at IS NULL";

  static final String READ_UP_TO = "UPDATE notifications SET read_at = now() WHERE user_id = $1 AND id <= $2 AND read_at IS NULL";

  static final String READ_ALL = "UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL";

  static final String THREAD_EXISTS = "SELECT 1 FROM threads WHERE id = $1";

  static final String BOARD_EXISTS = "SELECT 1 FROM boards WHERE id = $1";

  static final String SET_WATCH = """
    INSERT INTO watches (user_id, target_type, target_id, level) VALUES ($1, $2, $3, $4)
    ON CONFLICT (target_type, target_id, user_id) DO UPDATE SET level = EXCLUDED.level
    """;

  /**
   * The authors of new posts watch the thread they start and track one they reply in, unless they chose already; of
   * several posts by one author in one thread, the first decides.
   */
  static final String DEFAULT_WATCH = """
    INSERT INTO watches (user_id, target_type, target_id, level)
    SELECT DISTINCT ON (p.author_id, p.thread_id)
           p.author_id, 'thread', p.thread_id, CASE WHEN t.opening_post_id = p.id THEN 'watching' ELSE 'tracking' END
      FROM posts p JOIN threads t ON t.id = p.thread_id
     WHERE p.id = ANY($1::bigint[])
     ORDER BY p.author_id, p.thread_id, p.id
    ON CONFLICT DO NOTHING
    """;

  /**
   * The notifications a fan-out made ({@code rows}: each with {@code fresh}, inserted now, and {@code post_id}, the
   * newest post it tells of, or null) as the inbox reads them, each with its recipient's unread count after the
   * insert: the count kept in {@code notification_unread} (V82; its trigger adds this statement's rows once the
   * statement ends) plus the fresh rows this statement gave them.
   */
  private static String answer(String rows) {
    return """
      SELECT n.user_id, n.fresh, n.post_id,
        coalesce((SELECT c.unread FROM notification_unread c WHERE c.user_id = n.user_id), 0)
          + count(*) FILTER (WHERE n.fresh) OVER (PARTITION BY n.user_id) AS unread,
      """ + COLUMNS + "\n FROM " + rows + " n LEFT JOIN users a ON a.id = n.actor_id\n";
  }

  /** What the fan-outs of one statement answer: every row of {@code inserted}, each fresh. */
  static final String ANSWER = answer("(SELECT inserted.*, true AS fresh, NULL::bigint AS post_id FROM inserted)");

  /**
   * Muted where the thread is muted, or the board is and the thread has no level of its own. Mutes are few: their own
   * index (V93) keeps this check to them instead of a busy thread's watches filtered by level for every recipient.
   */
  private static final String NOT_MUTED = """
    AND NOT EXISTS (SELECT 1 FROM watches w WHERE w.user_id = c.user_id AND w.level = 'muted' AND (
          (w.target_type = 'thread' AND w.target_id = src.thread_id)
          OR (w.target_type = 'board' AND w.target_id = src.board_id AND NOT EXISTS (
            SELECT 1 FROM watches tw WHERE tw.user_id = c.user_id AND tw.target_type = 'thread' AND tw.target_id = src.thread_id))))
    """;

  /**
   * New posts ({@code $1}, an array), everyone each concerns in one statement: who it mentions, the author of the post it answers, who
   * watches its thread (or, for a new thread, its board), and for a new announcement the members of the cities of
   * its audience; one notification per person, the most specific kind winning; never its author, never where they
   * muted it. Every signed-in user may read every thread. An announcement's target is the announcement (its thread).
   *
   * <p>A watcher's new posts of one thread gather in one unread row (V92): the earliest post opens it, unless one is
   * open already, which then holds them too and is not written. Such joined rows are answered (not fresh) only for
   * the watchers in {@code $2}, those with a socket on this node, and without the rows this batch opened: every node
   * hears every post, and each tells its own sockets of the joined rows, while a fresh row is told once, by the node
   * whose insert made it.
   */
  static final String FAN_OUT_POSTS = """
    WITH src AS (
      SELECT p.id, p.thread_id, p.author_id, p.parent_id, t.board_id, t.title, t.opening_post_id = p.id AS opens,
             t.kind = 'announcement' AS announces, t.audience,
             left(regexp_replace(p.body, '\\s+', ' ', 'g'), 200) AS excerpt,
             -- the thread's live posts before this one, which a watched_post it opens keeps (V94): the few from it
             -- on are counted, not the many before
             t.post_count - (SELECT count(*) FROM posts later WHERE later.thread_id = p.thread_id AND later.id >= p.id
                                AND NOT later.deleted) AS posts_before
        FROM posts p JOIN threads t ON t.id = p.thread_id
       WHERE p.id = ANY($1::bigint[]) AND NOT p.deleted
    ), candidates AS (
      SELECT src.id AS post_id, m.user_id, 'mention' AS kind, 1 AS rank, true AS new_row
        FROM src JOIN post_mentions m ON m.post_id = src.id
      UNION ALL
      SELECT src.id, parent.author_id, 'reply', 2, true FROM src JOIN posts parent ON parent.id = src.parent_id WHERE NOT parent.deleted
      UNION ALL
      -- the watchers without an open notification of the thread (V95), whose row the post opens; a watcher with one
      -- has it take the post in without a write, and is here only when they have a socket here, to be told below
      SELECT src.id, o.user_id, 'watched_post', 3, true FROM src JOIN watches_to_open o ON o.thread_id = src.thread_id
       WHERE NOT src.opens
      UNION ALL
      SELECT src.id, w.user_id, 'watched_post', 3, false FROM src JOIN watches w ON w.target_type = 'thread' AND w.target_id = src.thread_id
       WHERE NOT src.opens AND w.level = 'watching' AND w.user_id = ANY($2::bigint[])
      UNION ALL
      SELECT src.id, w.user_id, 'watched_thread', 3, true FROM src JOIN watches w ON w.target_type = 'board' AND w.target_id = src.board_id
       WHERE src.opens AND w.level = 'watching'
      UNION ALL
      SELECT src.id, u.id, 'announcement', 2, true FROM src JOIN cities c ON src.audience = 'all' OR c.role = src.audience JOIN users u ON u.city_id = c.id
       WHERE src.opens AND src.announces
    ), chosen AS (
      SELECT DISTINCT ON (c.post_id, c.user_id) c.post_id, c.user_id, c.kind, c.new_row
        FROM candidates c JOIN src ON src.id = c.post_id
       WHERE c.user_id <> src.author_id
    """ + NOT_MUTED + """
       ORDER BY c.post_id, c.user_id, c.rank, c.new_row DESC
    ), watched AS (
      SELECT DISTINCT ON (chosen.user_id, src.thread_id) chosen.user_id, src.thread_id, chosen.post_id AS first_post, chosen.new_row
        FROM chosen JOIN src ON src.id = chosen.post_id
       WHERE chosen.kind = 'watched_post'
       ORDER BY chosen.user_id, src.thread_id, chosen.post_id
    ), inserted AS (
      INSERT INTO notifications (user_id, kind, actor_id, target_type, target_id, thread_id, title, excerpt, posts_before)
      SELECT chosen.user_id, chosen.kind, src.author_id,
             CASE WHEN chosen.kind = 'announcement' THEN 'announcement' ELSE 'post' END,
             CASE WHEN chosen.kind = 'announcement' THEN src.thread_id ELSE src.id END, src.thread_id, src.title, src.excerpt, NULL
        FROM chosen JOIN src ON src.id = chosen.post_id
       WHERE chosen.kind <> 'watched_post'
      UNION ALL
      SELECT watched.user_id, 'watched_post', src.author_id, 'post', src.id, src.thread_id, src.title, src.excerpt, src.posts_before
        FROM watched JOIN src ON src.id = watched.first_post
       WHERE watched.new_row
      -- an open row of the watcher's for the thread, which another node's fan-out of the same posts may have opened, is
      -- a conflict too (notifications_watched_unread): nothing is written
      ON CONFLICT DO NOTHING
      RETURNING *
    ), joined AS (
      -- the watcher's one open row of the thread (notifications_watched_unread), looked up by (thread, user): the LIMIT
      -- keeps the subquery from being flattened into a join, which the planner could run as a nested loop, watchers ×
      -- open rows
      SELECT n.* FROM watched CROSS JOIN LATERAL (
          SELECT * FROM notifications n WHERE n.thread_id = watched.thread_id AND n.user_id = watched.user_id
             AND n.kind = 'watched_post' AND n.read_at IS NULL LIMIT 1) n
       WHERE watched.user_id = ANY($2::bigint[]) AND n.target_id <> ALL($1::bigint[])
    )
    """ + answer("""
      -- a watched_post tells of its thread's newest post in the batch (not the watcher's own), found among the batch's
      -- few posts. Joined with `watched` instead, both as large as the rows a batch opens (16,000 for 16 threads of
      -- 1,000 watchers) and each estimated at 16, the join was free to run as a nested loop: 66 s for that batch
      (SELECT made.*, CASE WHEN made.kind = 'watched_post' THEN (
                SELECT max(src.id) FROM src WHERE src.thread_id = made.thread_id AND src.author_id <> made.user_id) END AS post_id
         FROM (SELECT inserted.*, true AS fresh FROM inserted UNION ALL SELECT joined.*, false FROM joined) made)""");

  /**
   * A resolved report: its reporter hears the outcome, and when the post or message was removed its author hears
   * that, with the moderator's note (else the report's reason) as the excerpt. The moderator stays unnamed.
   */
  static final String FAN_OUT_REPORT = """
    WITH r AS (
      SELECT id, reporter_id, target_type, target_id, resolution, note, reason FROM reports WHERE id = $1 AND status = 'resolved'
    ), t AS (
      SELECT p.author_id, p.thread_id, NULL::bigint AS room_id, NULL::bigint AS seq
        FROM r JOIN posts p ON r.target_type = 'post' AND p.id = r.target_id
      UNION ALL
      SELECT m.author_id, NULL, m.room_id, m.seq
        FROM r JOIN chat_messages m ON r.target_type = 'message' AND m.id = r.target_id
    ), chosen AS (
      SELECT r.reporter_id AS user_id,
             CASE WHEN r.resolution = 'delete' THEN 'Your report was upheld: the ' || r.target_type || ' was removed'
                  ELSE 'Your report was reviewed: the ' || r.target_type || ' stays' END AS title,
             coalesce(r.note, '') AS excerpt
        FROM r
      UNION ALL
      SELECT t.author_id, 'Your ' || r.target_type || ' was removed by a moderator', coalesce(r.note, r.reason)
        FROM r, t WHERE r.resolution = 'delete'
    ), inserted AS (
      INSERT INTO notifications (user_id, kind, actor_id, target_type, target_id, thread_id, room_id, seq, title, excerpt)
      SELECT chosen.user_id, 'moderation', NULL, r.target_type, r.target_id, t.thread_id, t.room_id, t.seq, chosen.title, chosen.excerpt
        FROM chosen, r, t
      ON CONFLICT DO NOTHING
      RETURNING *
    )
    """ + ANSWER;

  /**
   * One new chat message: the users it mentions who may see the room (anyone for a public room, members otherwise)
   * and, in a direct room, the other person; never its author.
   */
  static final String FAN_OUT_MESSAGE = """
    WITH src AS (
      SELECT m.id, m.room_id, m.seq, m.author_id, r.kind AS room_kind,
             CASE WHEN r.kind = 'direct' THEN au.display_name ELSE r.name END AS title,
             left(regexp_replace(m.body, '\\s+', ' ', 'g'), 200) AS excerpt
        FROM chat_messages m JOIN chat_rooms r ON r.id = m.room_id JOIN users au ON au.id = m.author_id
       WHERE m.id = $1 AND NOT m.deleted
    ), candidates AS (
      SELECT u.id AS user_id, 'mention' AS kind, 1 AS rank
        FROM src JOIN users u ON u.username = ANY($2::text[])
       WHERE src.room_kind = 'public' OR EXISTS (SELECT 1 FROM chat_members cm WHERE cm.room_id = src.room_id AND cm.user_id = u.id)
      UNION ALL
      SELECT cm.user_id, 'direct_message', 2 FROM src JOIN chat_members cm ON cm.room_id = src.room_id WHERE src.room_kind = 'direct'
    ), chosen AS (
      SELECT DISTINCT ON (c.user_id) c.user_id, c.kind
        FROM candidates c, src
       WHERE c.user_id <> src.author_id
       ORDER BY c.user_id, c.rank
    ), inserted AS (
      INSERT INTO notifications (user_id, kind, actor_id, target_type, target_id, room_id, seq, title, excerpt)
      SELECT chosen.user_id, chosen.kind, src.author_id, 'message', src.id, src.room_id, src.seq, src.title, src.excerpt
        FROM chosen, src
      ON CONFLICT DO NOTHING
      RETURNING *
    )
    """ + ANSWER;
}
