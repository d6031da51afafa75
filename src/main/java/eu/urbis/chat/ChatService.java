package eu.urbis.chat;

import eu.urbis.db.AfterCommit;
import eu.urbis.db.Transactions;
import eu.urbis.failure.Failure;
import eu.urbis.failure.FieldCode;
import eu.urbis.http.PathIds;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;

import java.util.List;
import java.util.Optional;

/**
 * Rooms: which a user sees, creating them (a direct room once per pair; the others it is made for see it at once,
 * through {@link RoomNotices}), history, read markers.
 */
public final class ChatService {
  /** A page of history, and whether its reader is muted in the room (their messages' {@code can} says so). */
  public record History(List<ChatMessage> messages, boolean readerMuted) {
  }

  private final Pool pool;
  private final ChatRepository repository;
  private final Mutes mutes;
  private final RoomNotices notices;

  ChatService(Pool pool, ChatRepository repository, Mutes mutes, RoomNotices notices) {
    this.pool = pool;
    this.repository = repository;
    this.mutes = mutes;
    this.notices = notices;
  }

  public Future<List<Room>> rooms(User caller) {
    return repository.visibleRooms(pool, caller.numericId());
  }

  /** A room the caller may see, or empty: private rooms do not exist for non-members. */
  public Future<Optional<Room>> visibleRoom(User caller, long roomId) {
    return repository.visibleRoom(pool, caller.numericId(), roomId);
  }

  public Future<Room> room(User caller, String roomId) {
    return roomId(roomId).compose(room -> visibleRoom(caller, room))
      .compose(found -> found.map(Future::succeededFuture).orElseGet(() -> Future.failedFuture(PathIds.notFound("room"))));
  }

  /** A room id from a path: one that is not a number names no room. */
  static Future<Long> roomId(String raw) {
    return PathIds.parsed(raw, "room");
  }

  Future<Room> create(User caller, NewRoom room) {
    List<Long> members = room.members(caller.numericId());
    return Transactions.run(pool, (tx, afterCommit) -> repository.allUsersExist(tx, members)
      .compose(found -> found ? Future.succeededFuture() : Future.failedFuture(Failure.invalid("members", FieldCode.UNKNOWN, "names a user who does not exist")))
      .compose(v -> room.kind() == RoomKind.DIRECT
        ? direct(tx, afterCommit, caller, members, room.name(), room.topic())
        : insert(tx, afterCommit, caller, room.kind(), members, room.name(), room.topic())));
  }

  private Future<Room> insert(SqlClient tx, AfterCommit afterCommit, User caller, RoomKind kind, List<Long> members, String name, String topic) {
    return open(tx, afterCommit, caller.numericId(), kind, members, name, topic)
      .compose(id -> repository.visibleRoom(tx, caller.numericId(), id))
      .map(Optional::orElseThrow);
  }

  /**
   * A private room made inside another feature's transaction (a request for help being accepted): owned by
   * {@code ownerId}, with {@code members} (the owner among them); the others see it on their open pages once the
   * transaction commits. Answers the room's id.
   */
  public Future<Long> openPrivate(SqlClient tx, AfterCommit afterCommit, long ownerId, List<Long> members, String name, String topic) {
    return open(tx, afterCommit, ownerId, RoomKind.PRIVATE, members, name, topic);
  }

  private Future<Long> open(SqlClient tx, AfterCommit afterCommit, long ownerId, RoomKind kind, List<Long> members, String name, String topic) {
    List<Long> others = members.stream().filter(id -> id != ownerId).toList();
    return repository.insertRoom(tx, name, kind, topic, null, null, ownerId)
      .map(Optional::orElseThrow)
      .compose(id -> repository.addMembers(tx, id, members)
        .onSuccess(v -> afterCommit.add(() -> notices.showRoom(id, others)))
        .map(id));
  }

  /** Found or created: the key orders the pair, so both users reach the same room; a race loses to ON CONFLICT. */
  private Future<Room> direct(SqlClient tx, AfterCommit afterCommit, User caller, List<Long> pair, String name, String topic) {
    String key = Math.min(pair.get(0), pair.get(1)) + ":" + Math.max(pair.get(0), pair.get(1));
    return repository.insertRoom(tx, name, RoomKind.DIRECT, topic, key, null, caller.numericId())
      .compose(created -> created.isPresent() ? repository.addMembers(tx, created.get(), pair)
        .onSuccess(v -> afterCommit.add(() -> notices.showRoom(created.get(), others(pair, caller)))) : Future.succeededFuture())
      .compose(v -> repository.directRoom(tx, caller.numericId(), key))
      .map(Optional::orElseThrow);
  }

  private static List<Long> others(List<Long> members, User caller) {
    return members.stream().filter(id -> id != caller.numericId()).toList();
  }

  /** A run of a room's messages, oldest first (deleted ones included, as the room shows them). */
  public record Run(Room room, List<ChatMessage> messages) {
  }

  /** The messages {@code fromSeq..toSeq} of a room the caller may see; a room they may not see is a 404. */
  public Future<Run> run(User caller, String roomId, long fromSeq, long toSeq) {
    return room(caller, roomId).compose(found -> repository.replayAfter(pool, found.id(), fromSeq - 1, (int) (toSeq - fromSeq + 1))
      .map(messages -> new Run(found, messages.stream().filter(message -> message.seq() <= toSeq).toList())));
  }

  /** Newest first, {@code limit + 1} fetched so the caller knows whether older ones remain. */
  public Future<History> history(User caller, String roomId, String before, int limit) {
    return roomId(roomId).compose(room -> beforeSeq(before)
      .compose(beforeSeq -> visibleRoom(caller, room)
        .compose(found -> found.isPresent() ? repository.historyBefore(pool, room, beforeSeq, limit + 1)
          : Future.failedFuture(PathIds.notFound("room"))))
      .compose(messages -> mutes.isMuted(room, caller.id()).map(muted -> new History(messages, muted))));
  }

  Future<List<ChatMessage>> replay(long room, long afterSeq, int limit) {
    return repository.replayAfter(pool, room, afterSeq, limit);
  }

  Future<Void> markRead(User caller, long room, long seq) {
    return repository.markRead(pool, room, caller.numericId(), seq);
  }

  private static Future<Long> beforeSeq(String before) {
    if (before == null || before.isEmpty()) {
      return Future.succeededFuture(Long.MAX_VALUE);
    }
    try {
      long seq = Long.parseLong(before);
      if (seq >= 1) {
        return Future.succeededFuture(seq);
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    return Future.failedFuture(Failure.invalid("before", FieldCode.INVALID, "must be a seq of at least 1"));
  }
}
