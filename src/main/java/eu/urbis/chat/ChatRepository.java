package eu.urbis.chat;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SQL for rooms, members, messages, read markers and mutes. Every method takes the client to run on. */
public final class ChatRepository {

  /** What a batch insert returns per row; the rest of the message is known to the caller. */
  record Inserted(long id, long seq, OffsetDateTime ts) {
    static Inserted fromRow(Row row) {
      return new Inserted(row.getLong("id"), row.getLong("seq"), row.getOffsetDateTime("created_at"));
    }
  }

  public Future<List<Room>> visibleRooms(SqlClient db, long userId) {
    return db.preparedQuery(ChatSql.VISIBLE_ROOMS).mapping(Room::fromRow).execute(Tuple.of(userId)).map(ChatRepository::list);
  }

  public Future<Optional<Room>> visibleRoom(SqlClient db, long userId, long roomId) {
    return db.preparedQuery(ChatSql.VISIBLE_ROOM).mapping(Room::fromRow).execute(Tuple.of(userId, roomId)).map(ChatRepository::first);
  }

  Future<Optional<Room>> directRoom(SqlClient db, long userId, String directKey) {
    return db.preparedQuery(ChatSql.DIRECT_ROOM).mapping(Room::fromRow).execute(Tuple.of(userId, directKey)).map(ChatRepository::first);
  }

  /** @return the new room's id, or empty when its direct or seed key already exists */
  Future<Optional<Long>> insertRoom(SqlClient db, String name, RoomKind kind, String topic, String directKey, String seedKey, Long createdBy) {
    return db.preparedQuery(ChatSql.INSERT_ROOM)
      .mapping(row -> row.getLong("id"))
      .execute(Tuple.of(name, kind.wire(), topic, directKey, seedKey, createdBy))
      .map(ChatRepository::first);
  }

  Future<Void> addMembers(SqlClient db, long roomId, List<Long> userIds) {
    return db.preparedQuery(ChatSql.ADD_MEMBERS).execute(Tuple.tuple().addLong(roomId).addArrayOfLong(userIds.toArray(Long[]::new))).mapEmpty();
  }

  Future<Boolean> allUsersExist(SqlClient db, List<Long> userIds) {
    return db.preparedQuery(ChatSql.COUNT_USERS)
      .execute(Tuple.tuple().addArrayOfLong(userIds.toArray(Long[]::new)))
      .map(rows -> rows.iterator().next().getLong("found") == userIds.size());
  }

  Future<Boolean> roomExists(SqlClient db, long roomId) {
    return db.preparedQuery(ChatSql.ROOM_EXISTS).execute(Tuple.of(roomId)).map(rows -> rows.size() > 0);
  }

  Future<List<ChatMessage>> historyBefore(SqlClient db, long roomId, long beforeSeq, int limit) {
    return messages(db, ChatSql.HISTORY_BEFORE, Tuple.of(roomId, beforeSeq, limit));
  }

  Future<List<ChatMessage>> replayAfter(SqlClient db, long roomId, long afterSeq, int limit) {
    return messages(db, ChatSql.REPLAY_AFTER, Tuple.of(roomId, afterSeq, limit));
  }

  Future<Optional<ChatMessage>> message(SqlClient db, long roomId, long messageId) {
    return messages(db, ChatSql.MESSAGE_IN_ROOM, Tuple.of(messageId, roomId)).map(found -> found.stream().findFirst());
  }

  Future<List<ChatMessage>> byClientIds(SqlClient db, long roomId, Long[] authorIds, String[] clientIds) {
    return messages(db, ChatSql.BY_CLIENT_IDS, Tuple.of(roomId, authorIds, clientIds));
  }

  Future<Long> lockRoom(SqlClient db, long roomId) {
    return db.preparedQuery(ChatSql.LOCK_ROOM).execute(Tuple.of(roomId)).map(rows -> rows.iterator().next().getLong("last_seq"));
  }

  Future<List<Inserted>> insertMessages(SqlClient db, long roomId, Long[] seqs, Long[] authorIds, String[] clientIds, String[] bodies, String[] htmls) {
    return db.preparedQuery(ChatSql.INSERT_MESSAGES)
      .mapping(Inserted::fromRow)
      .execute(Tuple.of(roomId, seqs, authorIds, clientIds, bodies, htmls))
      .map(ChatRepository::list);
  }

  Future<Void> setLastSeq(SqlClient db, long roomId, long lastSeq) {
    return db.preparedQuery(ChatSql.SET_LAST_SEQ).execute(Tuple.of(roomId, lastSeq)).mapEmpty();
  }

  Future<Optional<ChatMessage>> edit(SqlClient db, long roomId, long messageId, String body, String html) {
    return messages(db, ChatSql.EDIT, Tuple.of(messageId, roomId, body, html)).map(found -> found.stream().findFirst());
  }

  /** @return the deleted message's seq, or empty when there was no live message with that id in the room */
  Future<Optional<Long>> delete(SqlClient db, long roomId, long messageId) {
    return db.preparedQuery(ChatSql.DELETE)
      .mapping(row -> row.getLong("seq"))
      .execute(Tuple.of(messageId, roomId))
      .map(ChatRepository::first);
  }

  Future<Void> markRead(SqlClient db, long roomId, long userId, long seq) {
    return db.preparedQuery(ChatSql.MARK_READ).execute(Tuple.of(roomId, userId, seq)).mapEmpty();
  }

  Future<Void> mute(SqlClient db, long roomId, long userId, OffsetDateTime until, long mutedBy) {
    return db.preparedQuery(ChatSql.MUTE).execute(Tuple.of(roomId, userId, until, mutedBy)).mapEmpty();
  }

  Future<Boolean> unmute(SqlClient db, long roomId, long userId) {
    return db.preparedQuery(ChatSql.UNMUTE).execute(Tuple.of(roomId, userId)).map(rows -> rows.rowCount() > 0);
  }

  /** user id → end of the mute (null: until lifted) */
  Future<Map<Long, OffsetDateTime>> mutesOf(SqlClient db, long roomId) {
    return db.preparedQuery(ChatSql.MUTES_OF_ROOM).execute(Tuple.of(roomId)).map(rows -> {
      Map<Long, OffsetDateTime> mutes = new HashMap<>();
      rows.forEach(row -> mutes.put(row.getLong("user_id"), row.getOffsetDateTime("until")));
      return mutes;
    });
  }

  private static Future<List<ChatMessage>> messages(SqlClient db, String sql, Tuple args) {
    return db.preparedQuery(sql).mapping(ChatMessage::fromRow).execute(args).map(ChatRepository::list);
  }

  private static <T> List<T> list(RowSet<T> rows) {
    List<T> items = new ArrayList<>(rows.size());
    rows.forEach(items::add);
    return items;
  }

  private static <T> Optional<T> first(RowSet<T> rows) {
    return rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next());
  }
}
