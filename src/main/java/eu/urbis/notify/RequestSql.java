package eu.urbis.notify;

/**
 * The statements of {@code request} notifications ("ask the network"), one set-based statement per event. Each step
 * of a request happens once (opened, accepted, closed), so {@code source_id} is the step's number (0, 1, 2, read back
 * as a {@link RequestStep} by the database's {@code request_step}, V91) and a person who hears two steps of one
 * request (a helper told of the opening, then of the closing) gets both, each once.
 */
final class RequestSql {
  private RequestSql() {
  }

  /**
   * Request {@code $1} opened, {@code $2} the cities suggested to answer it: their coordinators and mentors hear it,
   * never anyone of the asking city, the author or someone suspended.
   */
  static final String FAN_OUT_OPENED = """
    WITH src AS (
      SELECT r.id, r.city_id, r.author_id, r.title, r.need FROM help_requests r WHERE r.id = $1
    ), helpers AS (
      SELECT cc.user_id FROM city_coordinators cc WHERE cc.city_id = ANY($2)
      UNION
      SELECT u.id FROM users u WHERE u.role = 'mentor' AND u.city_id = ANY($2)
    ), inserted AS (
      INSERT INTO notifications (user_id, kind, actor_id, target_type, target_id, title, excerpt, source_id)
      SELECT u.id, 'request', src.author_id, 'request', src.id, src.title, left(src.need, 200), 0
        FROM src CROSS JOIN helpers h JOIN users u ON u.id = h.user_id
       WHERE u.city_id IS DISTINCT FROM src.city_id AND u.id <> src.author_id
         AND NOT (u.suspended_at IS NOT NULL AND (u.suspended_until IS NULL OR u.suspended_until > now()))
      ON CONFLICT DO NOTHING
      RETURNING *
    )
    """ + NotificationSql.ANSWER;

  /** Request {@code $1} accepted: its author hears it, the helper named as the actor. */
  static final String FAN_OUT_ACCEPTED = """
    WITH inserted AS (
      INSERT INTO notifications (user_id, kind, actor_id, target_type, target_id, title, excerpt, source_id)
      SELECT r.author_id, 'request', r.helper_id, 'request', r.id, r.title, left(r.need, 200), 1
        FROM help_requests r WHERE r.id = $1 AND r.helper_id IS NOT NULL
      ON CONFLICT DO NOTHING
      RETURNING *
    )
    """ + NotificationSql.ANSWER;

  /**
   * Request {@code $1} closed by {@code $2}: its helper, if it had one, hears it with its outcome, unless they closed
   * it.
   */
  static final String FAN_OUT_CLOSED = """
    WITH inserted AS (
      INSERT INTO notifications (user_id, kind, actor_id, target_type, target_id, title, excerpt, source_id)
      SELECT r.helper_id, 'request', $2, 'request', r.id, r.title,
             left(regexp_replace(coalesce(r.outcome, r.need), '\\s+', ' ', 'g'), 200), 2
        FROM help_requests r WHERE r.id = $1 AND r.status = 'closed' AND r.helper_id IS NOT NULL AND r.helper_id <> $2
      ON CONFLICT DO NOTHING
      RETURNING *
    )
    """ + NotificationSql.ANSWER;
}
