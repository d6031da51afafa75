package eu.urbis.moderation;

import eu.urbis.db.Rows;
import eu.urbis.db.SqlStates;
import eu.urbis.failure.Failure;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

import java.util.List;
import java.util.Optional;

final class ReportRepository {

  /** The fields resolving needs, read under the row lock. */
  record Locked(long id, String targetType, long targetId, String status) {
    static Locked fromRow(Row row) {
      return new Locked(row.getLong("id"), row.getString("target_type"), row.getLong("target_id"), row.getString("status"));
    }
  }

  Future<Long> insert(SqlClient db, String targetType, long targetId, String reporterId, String reason) {
    return db.preparedQuery(ReportSql.INSERT)
      .execute(Tuple.of(targetType, targetId, Long.parseLong(reporterId), reason))
      .map(rows -> rows.iterator().next().getLong("id"))
      .recover(failure -> SqlStates.is(failure, SqlStates.UNIQUE_VIOLATION)
        ? Future.failedFuture(Failure.conflict("You already have an open report on this " + targetType + "."))
        : Future.failedFuture(failure));
  }

  Future<Optional<Locked>> lock(SqlClient db, long id) {
    return db.preparedQuery(ReportSql.LOCK)
      .mapping(Locked::fromRow)
      .execute(Tuple.of(id))
      .map(Rows::first);
  }

  Future<Void> resolve(SqlClient db, long id, String resolution, String note, String moderatorId) {
    return db.preparedQuery(ReportSql.RESOLVE)
      .execute(Tuple.of(id, resolution, note, Long.parseLong(moderatorId)))
      .mapEmpty();
  }

  Future<Report> byId(SqlClient db, long id) {
    return db.preparedQuery(ReportSql.BY_ID)
      .mapping(Report::fromRow)
      .execute(Tuple.of(id))
      .map(rows -> rows.iterator().next());
  }

  Future<List<Report>> queue(SqlClient db, String status, long afterId, int limit) {
    return db.preparedQuery(ReportSql.QUEUE)
      .mapping(Report::fromRow)
      .execute(Tuple.of(status, afterId, limit))
      .map(Rows::list);
  }
}
