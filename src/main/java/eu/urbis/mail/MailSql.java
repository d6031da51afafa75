package eu.urbis.mail;

/** Every statement of the e-mail feature. {@code $1} is always "now" by the server's clock. */
final class MailSql {
  private MailSql() {
  }

  /** Who may be mailed at all: an address, and no suspension in force. */
  private static final String MAILABLE = """
    u.email IS NOT NULL
    AND NOT (u.suspended_at IS NOT NULL AND (u.suspended_until IS NULL OR u.suspended_until > $1))""";

  /**
   * Unread and still visible to its recipient: a post or message not deleted (of a watched thread's gathered posts,
   * any one), a message of a public room or of one the recipient is still a member of, an announcement only to the
   * cohort it is addressed to.
   */
  private static final String STILL_VISIBLE = """
    n.read_at IS NULL
    AND (n.target_type <> 'post' OR EXISTS (SELECT 1 FROM posts p WHERE p.id = n.target_id AND NOT p.deleted)
      OR watched_post_count(n.kind, n.thread_id, n.posts_before, n.posts_read) > 0)
    AND (n.target_type <> 'message' OR EXISTS (
      SELECT 1 FROM chat_messages m JOIN chat_rooms mr ON mr.id = m.room_id
       WHERE m.id = n.target_id AND NOT m.deleted
         AND (mr.kind = 'public' OR EXISTS (SELECT 1 FROM chat_members cm WHERE cm.room_id = mr.id AND cm.user_id = n.user_id))))
    AND (t.audience IS NULL OR t.audience = 'all' OR u.role IN ('moderator', 'admin')
      OR EXISTS (SELECT 1 FROM cities uc WHERE uc.id = u.city_id AND uc.role = t.audience))""";

  /** The item's thread (a post's, or the thread itself), its board, and its city: the practice's or the starter's. */
  private static final String ITEMS = """
    SELECT n.id, n.user_id, n.kind, request_step(n.kind, n.source_id) AS step,
           watched_post_count(n.kind, n.thread_id, n.posts_before, n.posts_read) AS new_posts, n.title, n.excerpt, n.target_type, n.target_id, n.room_id, n.seq,
           t.id AS thread, u.email, u.locale, u.display_name, b.name AS board, c.name AS city, r.name AS room
      FROM notifications n
      JOIN users u ON u.id = n.user_id
      LEFT JOIN threads t ON t.id = coalesce(n.thread_id,
        CASE WHEN n.target_type IN ('thread', 'practice', 'announcement') THEN n.target_id END)
      LEFT JOIN boards b ON b.id = t.board_id
      LEFT JOIN users starter ON starter.id = t.author_id
      LEFT JOIN cities c ON c.id = coalesce(t.practice_city_id, starter.city_id)
      LEFT JOIN chat_rooms r ON r.id = n.room_id
     WHERE\s""" + MAILABLE + "\n AND " + STILL_VISIBLE;

  /**
   * Immediate mail: the kinds worth an interruption, older than the delay ($2 seconds), to people with no socket
   * seen within it, not queued yet. Older than two days is left to no one (a late start does not mail history).
   */
  static final String DUE_IMMEDIATE = ITEMS + """

       AND u.email_mode = 'immediate'
       AND n.kind IN ('mention', 'reply', 'direct_message', 'practice_review')
       AND n.created_at <= $1 - make_interval(secs => $2) AND n.created_at > $1 - interval '2 days'
       AND NOT EXISTS (SELECT 1 FROM socket_presence sp WHERE sp.user_id = u.id AND sp.seen_at > $1 - make_interval(secs => $2))
       AND NOT EXISTS (SELECT 1 FROM mail_outbox o WHERE o.user_id = u.id AND o.about = 'n:' || n.id)
     ORDER BY n.id
     LIMIT $3""";

  /**
   * The next users (id after $4, at most $5) of mode $1 who have unread items in the period [$2, $3) and no digest
   * $6 queued yet: a digest for many people is built in slices of users.
   */
  static final String DIGEST_USERS = """
    SELECT u.id FROM users u
     WHERE u.email_mode = $1 AND u.id > $4 AND u.email IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM mail_outbox o WHERE o.user_id = u.id AND o.about = $6)
       AND EXISTS (SELECT 1 FROM notifications un WHERE un.user_id = u.id AND un.read_at IS NULL
         AND un.created_at >= $2 AND un.created_at < $3)
     ORDER BY u.id
     LIMIT $5""";

  /** The digest items of the users $2 in the period [$3, $4). */
  static final String DIGEST_ITEMS = ITEMS + """

       AND n.user_id = ANY($2) AND n.created_at >= $3 AND n.created_at < $4
     ORDER BY n.user_id, n.id""";

  static final String ENQUEUE = """
    INSERT INTO mail_outbox (user_id, about, recipient, subject, text_body, html_body, unsubscribe_url, next_attempt_at, created_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
    ON CONFLICT (user_id, about) DO NOTHING""";

  /** Mail to someone suspended, unsubscribed or without an address since it was queued is not sent. */
  static final String CANCEL_UNMAILABLE = """
    UPDATE mail_outbox o SET status = 'cancelled', last_error = 'recipient no longer takes this mail'
      FROM users u
     WHERE o.status = 'pending' AND u.id = o.user_id
       AND (u.email_mode = 'off' OR u.email IS DISTINCT FROM o.recipient OR NOT (""" + MAILABLE + "))";

  /**
   * Takes up to $2 due rows for this worker: locked rows another worker is taking are skipped, and the lease ($3
   * seconds) keeps the rows from every other worker while this one sends.
   */
  static final String CLAIM = """
    UPDATE mail_outbox o SET attempts = o.attempts + 1, next_attempt_at = $1 + make_interval(secs => $3)
      FROM (SELECT id FROM mail_outbox WHERE status = 'pending' AND next_attempt_at <= $1
             ORDER BY next_attempt_at, id LIMIT $2 FOR UPDATE SKIP LOCKED) due
     WHERE o.id = due.id
    RETURNING o.id, o.recipient, o.subject, o.text_body, o.html_body, o.unsubscribe_url, o.attempts""";

  static final String SENT = "UPDATE mail_outbox SET status = 'sent', sent_at = $2, last_error = NULL WHERE id = $1";

  /** $3: give up (failed) or try again at $2. */
  static final String NOT_SENT = """
    UPDATE mail_outbox SET status = CASE WHEN $3 THEN 'failed' ELSE 'pending' END, next_attempt_at = $2, last_error = $4
     WHERE id = $1""";

  static final String PRESENT = """
    INSERT INTO socket_presence (user_id, seen_at) SELECT unnest($2::bigint[]), $1
    ON CONFLICT (user_id) DO UPDATE SET seen_at = EXCLUDED.seen_at""";

  /** The admin's page, newest first, keyset on id; $1 the cursor id (or max), $2 the status or null, $3 the limit. */
  static final String PAGE = """
    SELECT id, user_id, about, recipient, subject, status, attempts, last_error, created_at, sent_at, next_attempt_at
      FROM mail_outbox WHERE id < $1 AND ($2::text IS NULL OR status = $2) ORDER BY id DESC LIMIT $3""";

  static final String SET_MODE = "UPDATE users SET email_mode = $2 WHERE id = $1";
}
