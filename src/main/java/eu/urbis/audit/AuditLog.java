package eu.urbis.audit;

import eu.urbis.db.Rows;
import eu.urbis.http.PageRequest;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

import java.util.List;

/**
 * The append-only record of moderator and admin actions. Callers pass their transaction to {@link #record},
 * so an entry commits with its action or not at all; nothing in the API updates or deletes entries.
 */
public final class AuditLog {
  private static final String INSERT = """
    INSERT INTO audit_log (actor_id, action, target_type, target_id, detail)
    VALUES ($1, $2, $3, $4, $5)""";

  // Newest first; the cursor is the id of the last entry seen. Each target is named for people (a user's name, a
  // thread's title; a post, report or message by where it is), and so are the users, rooms and boards its detail
  // names by id. Only public rooms are named: a moderator may not be able to see a private room or a DM.
  private static final String PAGE = """
    SELECT a.id, a.action, a.target_type, a.target_id, a.detail, a.at,
           u.id AS actor_id, u.username AS actor_username, u.display_name AS actor_display_name,
           u.city_id AS actor_city_id, u.role AS actor_role,
           t.name AS target_name, t.thread_id AS target_thread_id, t.room_id AS target_room_id,
           jsonb_strip_nulls(jsonb_build_object(
             'authorId', (SELECT x.display_name FROM users x WHERE x.id = audit_bigint(a.detail->>'authorId')),
             'roomId', (SELECT x.name FROM chat_rooms x WHERE x.kind = 'public' AND x.id = audit_bigint(a.detail->>'roomId')),
             'room', (SELECT x.name FROM chat_rooms x WHERE x.kind = 'public' AND x.id = audit_bigint(a.detail->>'room')),
             'boardId', (SELECT x.name FROM boards x WHERE x.id = audit_bigint(a.detail->>'boardId')),
             'fromBoardId', (SELECT x.name FROM boards x WHERE x.id = audit_bigint(a.detail->>'fromBoardId')))) AS detail_names
    FROM audit_log a JOIN users u ON u.id = a.actor_id
    LEFT JOIN LATERAL (
      SELECT x.display_name AS name, NULL::bigint AS thread_id, NULL::bigint AS room_id
        FROM users x WHERE a.target_type = 'user' AND x.id = audit_bigint(a.target_id)
      UNION ALL SELECT x.name, NULL, NULL FROM boards x WHERE a.target_type = 'board' AND x.id = audit_bigint(a.target_id)
      UNION ALL SELECT x.title, x.id, NULL FROM threads x WHERE a.target_type = 'thread' AND x.id = audit_bigint(a.target_id)
      UNION ALL SELECT th.title, th.id, NULL FROM posts p JOIN threads th ON th.id = p.thread_id
        WHERE a.target_type = 'post' AND p.id = audit_bigint(a.target_id)
      UNION ALL SELECT th.title, th.id, NULL FROM reports r JOIN posts p ON p.id = r.target_id JOIN threads th ON th.id = p.thread_id
        WHERE a.target_type = 'report' AND r.target_type = 'post' AND r.id = audit_bigint(a.target_id)
      UNION ALL SELECT ro.name, NULL, ro.id FROM chat_messages m JOIN chat_rooms ro ON ro.id = m.room_id AND ro.kind = 'public'
        WHERE a.target_type = 'message' AND m.id = audit_bigint(a.target_id)
      UNION ALL SELECT ro.name, NULL, ro.id FROM reports r JOIN chat_messages m ON m.id = r.target_id
        JOIN chat_rooms ro ON ro.id = m.room_id AND ro.kind = 'public'
        WHERE a.target_type = 'report' AND r.target_type = 'message' AND r.id = audit_bigint(a.target_id)
      LIMIT 1) t ON true
    WHERE a.id < $1
    ORDER BY a.id DESC
    LIMIT $2""";

  public Future<Void> record(SqlClient tx, String actorId, String action, String targetType, String targetId, JsonObject detail) {
    return tx.preparedQuery(INSERT)
      .execute(Tuple.of(Long.parseLong(actorId), action, targetType, targetId, detail == null ? new JsonObject() : detail))
      .mapEmpty();
  }

  public Future<List<AuditEntry>> page(SqlClient db, PageRequest page) {
    return page.after(Long.MAX_VALUE, p -> p.cursorNumber("id"))
      .compose(before -> db.preparedQuery(PAGE).mapping(AuditEntry::fromRow).execute(Tuple.of(before, page.fetchSize())))
      .map(Rows::list);
  }
}
