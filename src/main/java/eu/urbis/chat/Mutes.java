package eu.urbis.chat;

import eu.urbis.audit.AuditLog;
import eu.urbis.auth.Policy;
import eu.urbis.bus.Addresses;
import eu.urbis.failure.Failure;
import eu.urbis.failure.FieldCode;
import eu.urbis.failure.NotFound;
import eu.urbis.http.PathIds;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Who may not send in which room. Moderators set and lift mutes (audited in the same transaction). Each node keeps
 * the mutes of every room it has needed as an {@link OfRoom}: read once, then re-read in place when
 * {@link Addresses#CHAT_MUTES_CHANGED} names the room, so sends check it and sockets read it for their members'
 * {@code can} without waiting.
 */
final class Mutes {
  private static final Logger log = LoggerFactory.getLogger(Mutes.class);
  private static final Pattern USER_ID = Pattern.compile("\\d{1,18}");

  /** One room's mutes as this node last read them. */
  static final class OfRoom {
    private final Clock clock;
    private volatile Map<Long, OffsetDateTime> mutes;
    private int generation;

    private OfRoom(Map<Long, OffsetDateTime> mutes, Clock clock) {
      this.mutes = mutes;
      this.clock = clock;
    }

    boolean muted(String userId) {
      Map<Long, OffsetDateTime> now = mutes;
      if (now.isEmpty()) {
        return false;
      }
      long id = Long.parseLong(userId);
      if (!now.containsKey(id)) {
        return false;
      }
      OffsetDateTime until = now.get(id);
      return until == null || until.toInstant().isAfter(clock.instant());
    }

    private synchronized int nextGeneration() {
      return ++generation;
    }

    /** Only the latest re-read is kept: an earlier one that answers late must not undo a later change. */
    private synchronized void replace(int readFor, Map<Long, OffsetDateTime> read) {
      if (readFor == generation) {
        mutes = read;
      }
    }
  }

  private final Vertx vertx;
  private final Pool pool;
  private final ChatRepository repository;
  private final AuditLog audit;
  private final Clock clock;
  private final RoomNotices notices;
  private final Map<Long, OfRoom> rooms = new ConcurrentHashMap<>();
  // a first read that started before a change is re-read: the change found nothing here to refresh
  private final AtomicLong changes = new AtomicLong();

  Mutes(Vertx vertx, Pool pool, ChatRepository repository, AuditLog audit, Clock clock, RoomNotices notices) {
    this.vertx = vertx;
    this.pool = pool;
    this.repository = repository;
    this.audit = audit;
    this.clock = clock;
    this.notices = notices;
    vertx.eventBus().<Long>consumer(Addresses.CHAT_MUTES_CHANGED, message -> changedHere(message.body()));
  }

  Future<Boolean> isMuted(long room, String userId) {
    return of(room).map(mutes -> mutes.muted(userId));
  }

  /** The room's mutes, read from the database the first time this node needs them and kept up to date after. */
  Future<OfRoom> of(long room) {
    OfRoom known = rooms.get(room);
    if (known != null) {
      return Future.succeededFuture(known);
    }
    long seen = changes.get();
    return repository.mutesOf(pool, room).compose(read -> {
      OfRoom kept = rooms.computeIfAbsent(room, id -> new OfRoom(read, clock));
      return changes.get() == seen ? Future.succeededFuture(kept) : refresh(room, kept).map(kept);
    });
  }

  private Future<Void> changedHere(long room) {
    changes.incrementAndGet();
    OfRoom known = rooms.get(room);
    return known == null ? Future.succeededFuture() : refresh(room, known);
  }

  /** Never fails: mutes that could not be re-read are forgotten here, so the next send reads the room again. */
  private Future<Void> refresh(long room, OfRoom kept) {
    int generation = kept.nextGeneration();
    return repository.mutesOf(pool, room)
      .onSuccess(read -> kept.replace(generation, read))
      .<Void>mapEmpty()
      .recover(failure -> {
        rooms.remove(room, kept);
        log.warn("mutes of room {} not re-read: {}", room, failure.toString());
        return Future.succeededFuture();
      });
  }

  Future<Void> mute(User caller, String roomId, MuteOrder order) {
    JsonObject detail = new JsonObject().put("room", roomId).put("until", order.until() == null ? null : order.until().toInstant().toString());
    // a room the moderator cannot see answers exactly as one that does not exist
    return moderatedRoom(caller, roomId).compose(room -> pool.withTransaction(tx -> repository.visibleRoom(tx, caller.numericId(), room)
        .compose(visible -> visible.isPresent()
          ? repository.allUsersExist(tx, List.of(order.userId()))
          : Future.failedFuture(PathIds.notFound("room")))
        .compose(found -> found ? Future.succeededFuture() : Future.failedFuture(Failure.invalid("userId", FieldCode.UNKNOWN, "names no user")))
        .compose(v -> repository.mute(tx, room, order.userId(), order.until(), caller.numericId()))
        .compose(v -> audit.record(tx, caller.id(), "chat.mute", "user", Long.toString(order.userId()), detail)))
      .compose(v -> changed(room))
      .onSuccess(v -> notices.showRoom(room, List.of(order.userId()))));
  }

  Future<Void> unmute(User caller, String roomId, String userId) {
    return moderatedRoom(caller, roomId).compose(room -> USER_ID.matcher(userId).matches()
      ? unmute(caller, room, roomId, Long.parseLong(userId))
      : Future.failedFuture(notMuted()));
  }

  private Future<Void> unmute(User caller, long room, String roomId, long userId) {
    return pool.withTransaction(tx -> repository.visibleRoom(tx, caller.numericId(), room)
        .compose(visible -> visible.isPresent() ? repository.unmute(tx, room, userId) : Future.failedFuture(PathIds.notFound("room")))
        .compose(removed -> removed ? Future.succeededFuture() : Future.failedFuture(notMuted()))
        .compose(v -> audit.record(tx, caller.id(), "chat.unmute", "user", Long.toString(userId), new JsonObject().put("room", roomId))))
      .compose(v -> changed(room))
      .onSuccess(v -> notices.showRoom(room, List.of(userId)));
  }

  private static NotFound notMuted() {
    return Failure.notFound("That user is not muted here.");
  }

  /** For a moderator: the rooms they can see where {@code userId} is muted now, and until when. */
  Future<List<UserMute>> ofUser(User caller, String userId) {
    if (!Policy.canModerate(caller)) {
      return Future.failedFuture(Failure.forbidden("Only moderators see mutes."));
    }
    if (!USER_ID.matcher(userId).matches()) {
      return Future.failedFuture(Failure.notFound("No such user."));
    }
    return repository.mutesOfUser(pool, Long.parseLong(userId), caller.numericId())
      .map(found -> found.stream().filter(mute -> mute.activeAt(clock.instant())).toList());
  }

  /** This node is up to date before the moderator is answered; the others follow when the event reaches them. */
  private Future<Void> changed(long room) {
    return changedHere(room).onSuccess(v -> vertx.eventBus().publish(Addresses.CHAT_MUTES_CHANGED, room));
  }

  private static Future<Long> moderatedRoom(User caller, String roomId) {
    return Policy.canModerate(caller) ? ChatService.roomId(roomId) : Future.failedFuture(Failure.forbidden("Only moderators mute users."));
  }
}
