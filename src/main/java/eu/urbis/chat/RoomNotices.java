package eu.urbis.chat;

import eu.urbis.bus.Addresses;
import eu.urbis.user.UserRepository;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Collection;

/**
 * Tells the open pages of a user, on every node, that a room was given to them or changed for them (a direct
 * message, being added, a mute: a {@code room} frame with the room as that user sees it), or taken away (removed,
 * left: their sockets leave it and get {@code left}). Sent on the user's address ({@link Addresses#user}) as the
 * commands {@link #FRAME} and {@link #LEAVE_ROOM}; called after the change has committed, and never fails.
 */
final class RoomNotices {
  private static final Logger log = LoggerFactory.getLogger(RoomNotices.class);
  /** A frame to write to each of the user's sockets as it is. */
  static final String FRAME = "frame";
  /** A room id: each of the user's sockets leaves that room and says {@code left}. */
  static final String LEAVE_ROOM = "leaveRoom";

  private final Vertx vertx;
  private final Pool pool;
  private final ChatRepository repository;
  private final UserRepository users;
  private final Clock clock;

  RoomNotices(Vertx vertx, Pool pool, ChatRepository repository, UserRepository users, Clock clock) {
    this.vertx = vertx;
    this.pool = pool;
    this.repository = repository;
    this.users = users;
    this.clock = clock;
  }

  Future<Void> showRoom(long roomId, Collection<Long> userIds) {
    return Future.join(userIds.stream().map(userId -> showRoom(roomId, userId)).toList()).<Void>mapEmpty().otherwiseEmpty();
  }

  private Future<Void> showRoom(long roomId, long userId) {
    return users.findById(pool, userId)
      .compose(user -> user.isEmpty() ? Future.succeededFuture() : repository.visibleRoom(pool, userId, roomId)
        .onSuccess(room -> room.ifPresent(seen -> tell(userId, new JsonObject().put(FRAME, ChatCodec.room(seen.toJson(user.get(), clock.instant())))))))
      .<Void>mapEmpty()
      .onFailure(failure -> log.warn("room {} not shown to user {}: {}", roomId, userId, failure.toString()));
  }

  void withdrawRoom(long roomId, long userId) {
    tell(userId, new JsonObject().put(LEAVE_ROOM, roomId));
  }

  private void tell(long userId, JsonObject command) {
    vertx.eventBus().publish(Addresses.user(Long.toString(userId)), command);
  }
}
