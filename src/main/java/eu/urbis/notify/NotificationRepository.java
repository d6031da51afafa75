package eu.urbis.notify;

import eu.urbis.db.Rows;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

import java.time.OffsetDateTime;
import java.util.List;


/** Notifications and watches in SQL; rows become {@link Notification}s here only. */
final class NotificationRepository {
  /**
   * A notification a fan-out made, for whom, and their unread count with it; {@code fresh} when inserted now (not an
   * open one that gathered a post), {@code postId} the newest post it tells of, when it tells of posts.
   */
  record Made(long userId, long unread, boolean fresh, Long postId, Notification notification) {
    static Made fromRow(Row row) {
      return new Made(row.getLong("user_id"), row.getLong("unread"), row.getBoolean("fresh"), row.getLong("post_id"),
        Notification.fromRow(row));
    }
  }

  Future<List<Notification>> list(SqlClient db, long userId, Long beforeId, Kind kind, boolean unreadOnly, int limit) {
    return db.preparedQuery(NotificationSql.LIST).mapping(Notification::fromRow)
      .execute(Tuple.of(userId, beforeId, kind == null ? null : kind.wire(), unreadOnly, limit))
      .map(Rows::list);
  }

  Future<Long> unread(SqlClient db, long userId) {
    return db.preparedQuery(NotificationSql.UNREAD).execute(Tuple.of(userId)).map(rows -> rows.iterator().next().getLong("unread"));
  }

  Future<Long> owned(SqlClient db, long userId, Long[] ids) {
    return db.preparedQuery(NotificationSql.OWNED).execute(Tuple.tuple().addLong(userId).addArrayOfLong(ids)).map(rows -> rows.iterator().next().getLong("owned"));
  }

  Future<Void> readIds(SqlClient db, long userId, Long[] ids) {
    return db.preparedQuery(NotificationSql.READ_IDS).execute(Tuple.tuple().addLong(userId).addArrayOfLong(ids)).mapEmpty();
  }

  Future<Void> readUpTo(SqlClient db, long userId, long upTo) {
    return db.preparedQuery(NotificationSql.READ_UP_TO).execute(Tuple.of(userId, upTo)).mapEmpty();
  }

  Future<Void> readAll(SqlClient db, long userId) {
    return db.preparedQuery(NotificationSql.READ_ALL).execute(Tuple.of(userId)).mapEmpty();
  }

  /** @param targetType thread or board */
  Future<Boolean> exists(SqlClient db, String targetType, long id) {
    String sql = "thread".equals(targetType) ? NotificationSql.THREAD_EXISTS : NotificationSql.BOARD_EXISTS;
    return db.preparedQuery(sql).execute(Tuple.of(id)).map(rows -> rows.size() > 0);
  }

  Future<Void> watch(SqlClient db, long userId, String targetType, long targetId, WatchLevel level) {
    return db.preparedQuery(NotificationSql.SET_WATCH).execute(Tuple.of(userId, targetType, targetId, level.wire())).mapEmpty();
  }

  Future<Void> defaultWatch(SqlClient db, Long[] postIds) {
    return db.preparedQuery(NotificationSql.DEFAULT_WATCH).execute(Tuple.tuple().addArrayOfLong(postIds)).mapEmpty();
  }

  /** @param onlineHere the users with a socket on this node, who hear of the open notifications the posts joined */
  Future<List<Made>> fanOutPosts(SqlClient db, Long[] postIds, Long[] onlineHere) {
    return made(db, NotificationSql.FAN_OUT_POSTS, Tuple.tuple().addArrayOfLong(postIds).addArrayOfLong(onlineHere));
  }

  Future<List<Made>> fanOutMessage(SqlClient db, long messageId, String[] mentions) {
    return made(db, NotificationSql.FAN_OUT_MESSAGE, Tuple.tuple().addLong(messageId).addArrayOfString(mentions));
  }

  Future<List<Made>> fanOutReport(SqlClient db, long reportId) {
    return made(db, NotificationSql.FAN_OUT_REPORT, Tuple.of(reportId));
  }

  Future<List<Made>> fanOutRemoval(SqlClient db, long postId) {
    return made(db, OutcomeSql.FAN_OUT_REMOVAL, Tuple.of(postId));
  }

  Future<List<Made>> fanOutReview(SqlClient db, long threadId, String toStatus) {
    return made(db, OutcomeSql.FAN_OUT_REVIEW, Tuple.of(threadId, toStatus));
  }

  Future<List<Made>> fanOutAdoption(SqlClient db, long threadId, String cityId) {
    return made(db, OutcomeSql.FAN_OUT_ADOPTION, Tuple.of(threadId, cityId));
  }

  Future<List<Made>> fanOutRequestOpened(SqlClient db, long requestId, String[] suggestedCityIds) {
    return made(db, RequestSql.FAN_OUT_OPENED, Tuple.tuple().addLong(requestId).addArrayOfString(suggestedCityIds));
  }

  Future<List<Made>> fanOutRequestAccepted(SqlClient db, long requestId) {
    return made(db, RequestSql.FAN_OUT_ACCEPTED, Tuple.of(requestId));
  }

  Future<List<Made>> fanOutRequestClosed(SqlClient db, long requestId, long actorId) {
    return made(db, RequestSql.FAN_OUT_CLOSED, Tuple.of(requestId, actorId));
  }

  Future<List<Made>> fanOutAckReminders(SqlClient db, OffsetDateTime announcedBefore) {
    return made(db, OutcomeSql.ACK_REMINDERS, Tuple.of(announcedBefore));
  }

  private static Future<List<Made>> made(SqlClient db, String sql, Tuple params) {
    return db.preparedQuery(sql).mapping(Made::fromRow).execute(params)
      .map(Rows::list);
  }
}
