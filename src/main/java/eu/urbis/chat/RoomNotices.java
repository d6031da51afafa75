package eu.urbis.chat;

import eu.urbis.bus.Addresses;
import eu.urbis.live.LiveUsers;
import eu.urbis.user.UserRepository;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Collection;

/**
 * Tells the open pages of a user, on every node, that a room was given to them or changed for them (a direct
 * message, being added, a mute: a {@code room} frame on their live channel, with the room as that user sees it),
 * or taken away (removed, left: {@link Addresses#chatRoomWithdrawn}, so their chat sessions leave it and say
 * {@code left}). Called after the change has committed; never fails.
 */
final class RoomNotices {
  private static final Logger log = LoggerFactory.getLogger(RoomNotices.class);

  private final Vertx vertx;
  private final Pool pool;
  private final ChatRepository repository;
  private final UserRepository users;
  private final LiveUsers live;
  private final Clock clock;

  RoomNotices(Vertx vertx, Pool pool, ChatRepository repository, UserRepository users, LiveUsers live, Clock clock) {
    this.vertx = vertx;
    this.pool = pool;
    this.repository = repository;
    this.users = users;
    this.live = live;
    this.clock = clock;
  }

  Future<Void> showRoom(long roomId, Collection<Long> userIds) {
    return Future.join(userIds.stream().map(userId -> showRoom(roomId, userId)).toList()).<Void>mapEmpty().otherwiseEmpty();
  }

  private Future<Void> showRoom(long roomId, long userId) {
    return users.findById(pool, userId)
      .compose(user -> user.isEmpty() ? Future.succeededFuture() : repository.visibleRoom(pool, userId, roomId)
        .onSuccess(room -> room.ifPresent(seen -> live.push(Long.toString(userId), new RoomGiven(seen.toJson(user.get(), clock.instant()))))))
      .<Void>mapEmpty()
      .onFailure(failure -> log.warn("room {} not shown to user {}: {}", roomId, userId, failure.toString()));
  }

  void withdrawRoom(long roomId, long userId) {
    vertx.eventBus().publish(Addresses.chatRoomWithdrawn(Long.toString(userId)), roomId);
  }
}
