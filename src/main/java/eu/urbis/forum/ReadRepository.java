package eu.urbis.forum;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read positions in SQL: one statement per list, never one per thread. */
final class ReadRepository {

  Future<Map<String, ReadState>> threadStates(SqlClient db, long userId, List<Thread> threads) {
    Long[] ids = threads.stream().map(Thread::numericId).toArray(Long[]::new);
    return db.preparedQuery(ReadSql.THREAD_STATES).execute(Tuple.tuple().addLong(userId).addArrayOfLong(ids)).map(ReadRepository::byId);
  }

  private static Map<String, ReadState> byId(RowSet<Row> rows) {
    Map<String, ReadState> states = new HashMap<>();
    for (Row row : rows) {
      states.put(Long.toString(row.getLong("id")), ReadState.fromRow(row));
    }
    return states;
  }

  Future<Map<String, ReadState>> boardStates(SqlClient db, long userId) {
    return db.preparedQuery(ReadSql.BOARD_STATES).execute(Tuple.of(userId)).map(ReadRepository::byId);
  }

  /** @return whether the post is one of the thread's (the position then is at least there) */
  Future<Boolean> readUpTo(SqlClient db, long userId, long threadId, long postId) {
    return db.preparedQuery(ReadSql.READ_UP_TO).execute(Tuple.of(userId, threadId, postId)).map(rows -> rows.size() == 1);
  }

  Future<Void> readBoard(SqlClient db, long userId, long boardId) {
    return db.preparedQuery(ReadSql.READ_BOARD).execute(Tuple.of(userId, boardId)).mapEmpty();
  }

  Future<Optional<String>> firstUnreadPath(SqlClient db, long userId, long threadId) {
    return db.preparedQuery(ReadSql.FIRST_UNREAD_PATH).execute(Tuple.of(userId, threadId))
      .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getString("path")));
  }

  Future<Optional<Long>> postThread(SqlClient db, long postId) {
    return db.preparedQuery(ReadSql.POST_THREAD).execute(Tuple.of(postId))
      .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getLong("thread_id")));
  }
}
