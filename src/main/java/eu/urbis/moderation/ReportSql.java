package eu.urbis.moderation;

import eu.urbis.user.UserRef;

final class ReportSql {
  private ReportSql() {
  }

  static final String INSERT = """
    INSERT INTO reports (target_type, target_id, reporter_id, reason) VALUES ($1, $2, $3, $4) RETURNING id""";

  // FOR UPDATE: two moderators resolving one report must not both act on it.
  static final String LOCK = "SELECT id, target_type, target_id, status FROM reports WHERE id = $1 FOR UPDATE";

  static final String RESOLVE = """
    UPDATE reports SET status = 'resolved', resolution = $2, note = $3, resolved_by = $4, resolved_at = now()
    WHERE id = $1""";

  private static final String WITH_CONTEXT = """
    SELECT r.id, r.target_type, r.target_id, r.reason, r.status, r.created_at, r.resolution, r.note, r.resolved_at,
           """ + UserRef.columns("rep", "reporter_") + ", " + UserRef.columns("a", "author_") + """
           , COALESCE(p.body, m.body) AS content_body, COALESCE(p.html, m.html) AS content_html,
           COALESCE(p.deleted, m.deleted) AS content_deleted,
           COALESCE(t.id, room.id) AS context_id, COALESCE(t.title, room.name) AS context_name
    FROM reports r
    JOIN users rep ON rep.id = r.reporter_id
    LEFT JOIN posts p ON r.target_type = 'post' AND p.id = r.target_id
    LEFT JOIN threads t ON t.id = p.thread_id
    LEFT JOIN chat_messages m ON r.target_type = 'message' AND m.id = r.target_id
    LEFT JOIN chat_rooms room ON room.id = m.room_id
    LEFT JOIN users a ON a.id = COALESCE(p.author_id, m.author_id)
    """;

  static final String BY_ID = WITH_CONTEXT + "WHERE r.id = $1";

  // Oldest first: a queue is worked from its front. The cursor is the last id seen.
  static final String QUEUE = WITH_CONTEXT + "WHERE r.status = $1 AND r.id > $2 ORDER BY r.id LIMIT $3";
}
