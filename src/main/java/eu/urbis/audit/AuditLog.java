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

  // Newest first; the cursor is the id of the last entry seen.
  private static final String PAGE = """
    SELECT a.id, a.action, a.target_type, a.target_id, a.detail, a.at,
           u.id AS actor_id, u.username AS actor_username, u.display_name AS actor_display_name,
           u.city_id AS actor_city_id, u.role AS actor_role
    FROM audit_log a JOIN users u ON u.id = a.actor_id
    WHERE a.id < $1
    ORDER BY a.id DESC
    LIMIT $2""";

  public Future<Void> record(SqlClient tx, String actorId, String action, String targetType, String targetId, JsonObject detail) {
    return tx.preparedQuery(INSERT)
      .execute(Tuple.of(Long.parseLong(actorId), action, targetType, targetId, detail == null ? new JsonObject() : detail))
      .mapEmpty();
  }

  public Future<List<AuditEntry>> page(SqlClient db, PageRequest page) {
    long before = page.first() ? Long.MAX_VALUE : page.cursor().getLong("id", Long.MAX_VALUE);
    return db.preparedQuery(PAGE)
      .mapping(AuditEntry::fromRow)
      .execute(Tuple.of(before, page.fetchSize()))
      .map(Rows::list);
  }
}
