package eu.urbis.chat;

import eu.urbis.db.Rows;
import eu.urbis.user.UserRef;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SQL for rooms, members, messages, read markers and mutes. Every method takes the client to run on. */
public final class ChatRepository {

  /** A message of a group commit: {@code fresh} when the batch created it, else the one a retried client id made. */
  record Stored(boolean fresh, long roomId, long id, long seq, String authorId, String clientId, String body, String html,
                OffsetDateTime ts, OffsetDateTime editedAt, boolean deleted) {
    static Stored fromRow(Row row) {
      return new Stored(row.getBoolean("fresh"), row.getLong("room_id"), row.getLong("id"), row.getLong("seq"),
        Long.toString(row.getLong("author_id")),
        row.getString("client_id"), row.getString("body"), row.getString("html"), row.getOffsetDateTime("created_at"),
        row.getOffsetDateTime("edited_at"), row.getBoolean("deleted"));
    }
  }

  public Future<List<Room>> visibleRooms(SqlClient db, long userId) {
    return db.preparedQuery(ChatSql.VISIBLE_ROOMS).mapping(Room::fromRow).execute(Tuple.of(userId)).map(Rows::list);
  }

  public Future<Optional<Room>> visibleRoom(SqlClient db, long userId, long roomId) {
    return db.preparedQuery(ChatSql.VISIBLE_ROOM).mapping(Room::fromRow).execute(Tuple.of(userId, roomId)).map(Rows::first);
  }

  Future<Optional<Room>> directRoom(SqlClient db, long userId, String directKey) {
    return db.preparedQuery(ChatSql.DIRECT_ROOM).mapping(Room::fromRow).execute(Tuple.of(userId, directKey)).map(Rows::first);
  }

  /** @return the new room's id, or empty when its direct or seed key already exists */
  Future<Optional<Long>> insertRoom(SqlClient db, String name, RoomKind kind, String topic, String directKey, String seedKey, Long createdBy) {
    return db.preparedQuery(ChatSql.INSERT_ROOM)
      .mapping(row -> row.getLong("id"))
      .execute(Tuple.of(name, kind.wire(), topic, directKey, seedKey, createdBy))
      .map(Rows::first);
  }

  Future<Void> setRetention(SqlClient db, long roomId, Integer days) {
    return db.preparedQuery(ChatSql.SET_RETENTION).execute(Tuple.of(roomId, days)).mapEmpty();
  }

  Future<Void> addMembers(SqlClient db, long roomId, List<Long> userIds) {
    return addedMembers(db, roomId, userIds).mapEmpty();
  }

  /** @return those of {@code userIds} who were not members before */
  Future<List<Long>> addedMembers(SqlClient db, long roomId, List<Long> userIds) {
    return db.preparedQuery(ChatSql.ADD_MEMBERS)
      .mapping(row -> row.getLong("user_id"))
      .execute(Tuple.tuple().addLong(roomId).addArrayOfLong(userIds.toArray(Long[]::new)))
      .map(Rows::list);
  }

  Future<Boolean> removeMember(SqlClient db, long roomId, long userId) {
    return db.preparedQuery(ChatSql.REMOVE_MEMBER).execute(Tuple.of(roomId, userId)).map(rows -> rows.rowCount() > 0);
  }

  /** Members in id order after {@code afterUserId}, at most {@code limit}. */
  Future<List<UserRef>> members(SqlClient db, long roomId, long afterUserId, int limit) {
    return db.preparedQuery(ChatSql.MEMBERS)
      .mapping(row -> UserRef.fromRow(row, ""))
      .execute(Tuple.of(roomId, afterUserId, limit))
      .map(Rows::list);
  }

  /** username → id, for the usernames that exist */
  Future<Map<String, Long>> userIdsByName(SqlClient db, List<String> usernames) {
    return db.preparedQuery(ChatSql.USER_IDS_BY_NAME)
      .execute(Tuple.tuple().addArrayOfString(usernames.toArray(String[]::new)))
      .map(rows -> {
        Map<String, Long> ids = new HashMap<>();
        rows.forEach(row -> ids.put(row.getString("username"), row.getLong("id")));
        return ids;
      });
  }

  Future<List<UserMute>> mutesOfUser(SqlClient db, long userId, long viewerId) {
    return db.preparedQuery(ChatSql.MUTES_OF_USER).mapping(UserMute::fromRow).execute(Tuple.of(userId, viewerId)).map(Rows::list);
  }

  Future<Boolean> allUsersExist(SqlClient db, List<Long> userIds) {
    return db.preparedQuery(ChatSql.COUNT_USERS)
      .execute(Tuple.tuple().addArrayOfLong(userIds.toArray(Long[]::new)))
      .map(rows -> rows.iterator().next().getLong("found") == userIds.size());
  }

  Future<List<ChatMessage>> historyBefore(SqlClient db, long roomId, long beforeSeq, int limit) {
    return messages(db, ChatSql.HISTORY_BEFORE, Tuple.of(roomId, beforeSeq, limit));
  }

  Future<List<ChatMessage>> replayAfter(SqlClient db, long roomId, long afterSeq, int limit) {
    return messages(db, ChatSql.REPLAY_AFTER, Tuple.of(roomId, afterSeq, limit));
  }

  Future<Optional<ChatMessage>> message(SqlClient db, long messageId) {
    return messages(db, ChatSql.MESSAGE, Tuple.of(messageId)).map(found -> found.stream().findFirst());
  }

  Future<Optional<ChatMessage>> message(SqlClient db, long roomId, long messageId) {
    return messages(db, ChatSql.MESSAGE_IN_ROOM, Tuple.of(messageId, roomId)).map(found -> found.stream().findFirst());
  }

  Future<List<Stored>> storeBatch(SqlClient db, Long[] roomIds, Long[] authorIds, String[] clientIds, String[] bodies, String[] htmls,
                                  String[] files) {
    return db.preparedQuery(ChatSql.STORE_BATCH)
      .mapping(Stored::fromRow)
      .execute(Tuple.of(roomIds, authorIds, clientIds, bodies, htmls, files))
      .map(Rows::list);
  }

  Future<Optional<ChatMessage>> edit(SqlClient db, long roomId, long messageId, String body, String html) {
    return messages(db, ChatSql.EDIT, Tuple.of(messageId, roomId, body, html)).map(found -> found.stream().findFirst());
  }

  /** @return the deleted message's seq, or empty when there was no live message with that id in the room */
  Future<Optional<Long>> delete(SqlClient db, long roomId, long messageId) {
    return db.preparedQuery(ChatSql.DELETE)
      .mapping(row -> row.getLong("seq"))
      .execute(Tuple.of(messageId, roomId))
      .map(Rows::first);
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
    return db.preparedQuery(sql).mapping(ChatMessage::fromRow).execute(args).map(Rows::list);
  }
}
