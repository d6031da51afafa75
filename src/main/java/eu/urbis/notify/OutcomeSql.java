package eu.urbis.notify;

/**
 * The statements of the kinds that follow a decision about someone's work: a moderator removing their post, a
 * practice review moving on, a city adopting their practice, an announcement their city has not acknowledged. Each
 * is one set-based statement; {@code source_id} names the event's row, so each step notifies once.
 */
final class OutcomeSql {
  private OutcomeSql() {
  }

  /**
   * A post removed by someone other than its author (a moderator, directly): the author hears it, with the reason
   * the moderator gave (audited with the deletion). A removal through a report is told by {@link NotificationSql#FAN_OUT_REPORT}.
   */
  static final String FAN_OUT_REMOVAL = """
    WITH src AS (
      SELECT p.id, p.thread_id, p.author_id,
             coalesce((SELECT a.detail ->> 'reason' FROM audit_log a
                        WHERE a.action = 'post.delete' AND a.target_type = 'post' AND a.target_id = p.id::text
                        ORDER BY a.id DESC LIMIT 1), '') AS reason
        FROM posts p
       WHERE p.id = $1 AND p.deleted
         AND NOT EXISTS (SELECT 1 FROM reports r WHERE r.target_type = 'post' AND r.target_id = p.id AND r.resolution = 'delete')
    ), inserted AS (
      INSERT INTO notifications (user_id, kind, actor_id, target_type, target_id, thread_id, title, excerpt)
      SELECT src.author_id, 'moderation', NULL, 'post', src.id, src.thread_id, 'Your post was removed by a moderator', src.reason
        FROM src
      ON CONFLICT DO NOTHING
      RETURNING *
    )
    """ + NotificationSql.ANSWER;

  /**
   * The latest transition of practice {@code $1} to {@code $2}: its author hears that it was claimed, validated or
   * returned (with the reviewer's note), unless they made it themselves.
   */
  static final String FAN_OUT_REVIEW = """
    WITH src AS (
      SELECT tr.id AS source_id, t.id AS thread_id, t.author_id, tr.actor_id, t.title,
             CASE tr.to_status WHEN 'in_review' THEN 'Claimed for review'
                               WHEN 'validated' THEN 'Validated' || coalesce(' (evidence: ' || tr.evidence || ')', '')
                               ELSE 'Returned: ' || coalesce(tr.note, '') END AS excerpt
        FROM practice_transitions tr JOIN threads t ON t.id = tr.thread_id
       WHERE tr.thread_id = $1 AND tr.to_status = $2 AND tr.to_status IN ('in_review', 'validated', 'returned')
       ORDER BY tr.id DESC LIMIT 1
    ), inserted AS (
      INSERT INTO notifications (user_id, kind, actor_id, target_type, target_id, thread_id, title, excerpt, source_id)
      SELECT src.author_id, 'practice_review', src.actor_id, 'practice', src.thread_id, src.thread_id, src.title,
             left(src.excerpt, 200), src.source_id
        FROM src WHERE src.author_id <> src.actor_id
      ON CONFLICT DO NOTHING
      RETURNING *
    )
    """ + NotificationSql.ANSWER;

  /** The latest stage city {@code $2} reached with practice {@code $1}: the practice's author hears it, unless they set it. */
  static final String FAN_OUT_ADOPTION = """
    WITH src AS (
      SELECT s.id AS source_id, t.id AS thread_id, t.author_id, s.actor_id, t.title, c.name || ': ' || s.stage AS excerpt
        FROM adoption_stages s JOIN threads t ON t.id = s.thread_id JOIN cities c ON c.id = s.city_id
       WHERE s.thread_id = $1 AND s.city_id = $2
       ORDER BY s.id DESC LIMIT 1
    ), inserted AS (
      INSERT INTO notifications (user_id, kind, actor_id, target_type, target_id, thread_id, title, excerpt, source_id)
      SELECT src.author_id, 'adoption', src.actor_id, 'practice', src.thread_id, src.thread_id, src.title, src.excerpt, src.source_id
        FROM src WHERE src.author_id <> src.actor_id
      ON CONFLICT DO NOTHING
      RETURNING *
    )
    """ + NotificationSql.ANSWER;

  /**
   * Every announcement older than {@code $1} that a city of its audience has not acknowledged, not reminded before:
   * recorded as reminded (the first node to get there wins) and told to the city's coordinators, or to all its
   * members while it has none.
   */
  static final String ACK_REMINDERS = """
    WITH due AS (
      INSERT INTO ack_reminders (thread_id, city_id)
      SELECT t.id, c.id FROM threads t JOIN cities c ON t.audience = 'all' OR c.role = t.audience
       WHERE t.kind = 'announcement' AND t.created_at <= $1
         AND NOT EXISTS (SELECT 1 FROM announcement_acks k WHERE k.thread_id = t.id AND k.city_id = c.id)
      ON CONFLICT DO NOTHING
      RETURNING thread_id, city_id
    ), recipients AS (
      SELECT due.thread_id, cc.user_id FROM due JOIN city_coordinators cc ON cc.city_id = due.city_id
      UNION
      SELECT due.thread_id, u.id FROM due JOIN users u ON u.city_id = due.city_id
       WHERE NOT EXISTS (SELECT 1 FROM city_coordinators cc WHERE cc.city_id = due.city_id)
    ), inserted AS (
      INSERT INTO notifications (user_id, kind, actor_id, target_type, target_id, thread_id, title, excerpt)
      SELECT r.user_id, 'ack_reminder', t.author_id, 'announcement', t.id, t.id, t.title, 'Your city has not acknowledged this announcement yet'
        FROM recipients r JOIN threads t ON t.id = r.thread_id
      ON CONFLICT DO NOTHING
      RETURNING *
    )
    """ + NotificationSql.ANSWER;
}
