package eu.urbis.chat;

import eu.urbis.db.AfterCommit;
import eu.urbis.db.Transactions;
import eu.urbis.failure.Failure;
import eu.urbis.failure.FieldCode;
import eu.urbis.http.Input;
import eu.urbis.http.PathIds;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rooms: which a user sees, creating them (a direct room once per pair; the others it is made for see it at once,
 * through {@link RoomNotices}), history, read markers.
 */
public final class ChatService {
  private static final Pattern USER_ID = Pattern.compile("\\d{1,18}");
  private static final int MAX_MEMBERS = 100;

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
    long room = PathIds.parse(roomId, "room");
    return visibleRoom(caller, room)
      .compose(found -> found.map(Future::succeededFuture).orElseGet(() -> Future.failedFuture(PathIds.notFound("room"))));
  }

  public Future<Room> create(User caller, JsonObject body) {
    Input in = Input.of(body);
    RoomKind kind = in.requiredEnum("kind", RoomKind.class);
    String name = in.optionalText("name", 1, 80);
    String topic = in.optionalText("topic", 0, 500);
    List<String> memberIds = in.optionalTextList("members", MAX_MEMBERS, USER_ID, "must be user ids");
    Set<Long> others = new LinkedHashSet<>();
    memberIds.forEach(id -> others.add(Long.parseLong(id)));
    others.remove(caller.numericId());
    if (kind == RoomKind.DIRECT && others.size() != 1) {
      in.reject("members", FieldCode.INVALID, "a direct room is for the caller and exactly one other user");
    }
    if (kind != RoomKind.DIRECT && name == null && !in.has("name")) {
      in.reject("name", FieldCode.REQUIRED, "is required");
    }
    in.validate();
    List<Long> members = new ArrayList<>(others);
    members.add(caller.numericId());
    String roomName = name == null ? "Direct" : name;
    String roomTopic = topic == null ? "" : topic;
    return Transactions.run(pool, (tx, afterCommit) -> repository.allUsersExist(tx, members)
      .compose(found -> found ? Future.succeededFuture() : Future.failedFuture(Failure.invalid("members", FieldCode.UNKNOWN, "names a user who does not exist")))
      .compose(v -> kind == RoomKind.DIRECT
        ? direct(tx, afterCommit, caller, members, roomName, roomTopic)
        : insert(tx, afterCommit, caller, kind, members, roomName, roomTopic)));
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
    long room = PathIds.parse(roomId, "room");
    long beforeSeq = beforeSeq(before);
    return visibleRoom(caller, room)
      .compose(found -> found.isPresent() ? repository.historyBefore(pool, room, beforeSeq, limit + 1)
        : Future.failedFuture(PathIds.notFound("room")))
      .compose(messages -> mutes.isMuted(room, caller.id()).map(muted -> new History(messages, muted)));
  }

  Future<List<ChatMessage>> replay(long room, long afterSeq, int limit) {
    return repository.replayAfter(pool, room, afterSeq, limit);
  }

  Future<Void> markRead(User caller, long room, long seq) {
    return repository.markRead(pool, room, caller.numericId(), seq);
  }


  private static long beforeSeq(String before) {
    if (before == null || before.isEmpty()) {
      return Long.MAX_VALUE;
    }
    try {
      long seq = Long.parseLong(before);
      if (seq >= 1) {
        return seq;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw Failure.invalid("before", FieldCode.INVALID, "must be a seq of at least 1");
  }
}
