package eu.urbis.chat;

import eu.urbis.auth.Policy;
import eu.urbis.bus.Addresses;
import eu.urbis.db.Transactions;
import eu.urbis.http.ApiException;
import eu.urbis.http.Input;
import eu.urbis.moderation.AuditLog;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Who may not send in which room. Moderators set and lift mutes (audited in the same transaction); every send
 * checks them from a per-room cache that each node drops when {@link Addresses#CHAT_MUTES_CHANGED} names the room.
 */
final class Mutes {
  private static final Pattern USER_ID = Pattern.compile("\\d{1,18}");

  private final Vertx vertx;
  private final Pool pool;
  private final ChatRepository repository;
  private final AuditLog audit;
  private final Clock clock;
  private final Map<Long, Map<Long, OffsetDateTime>> cache = new ConcurrentHashMap<>();
  // a load that started before a change must not put its stale answer into the cache
  private final AtomicLong changes = new AtomicLong();

  Mutes(Vertx vertx, Pool pool, ChatRepository repository, AuditLog audit, Clock clock) {
    this.vertx = vertx;
    this.pool = pool;
    this.repository = repository;
    this.audit = audit;
    this.clock = clock;
    vertx.eventBus().<Long>consumer(Addresses.CHAT_MUTES_CHANGED, message -> {
      changes.incrementAndGet();
      cache.remove(message.body());
    });
  }

  Future<Boolean> isMuted(long room, String userId) {
    Map<Long, OffsetDateTime> cached = cache.get(room);
    if (cached != null) {
      return Future.succeededFuture(muted(cached, userId));
    }
    long seen = changes.get();
    return repository.mutesOf(pool, room).map(loaded -> {
      if (changes.get() == seen) {
        cache.put(room, loaded);
      }
      return muted(loaded, userId);
    });
  }

  private boolean muted(Map<Long, OffsetDateTime> mutes, String userId) {
    long id = Long.parseLong(userId);
    if (!mutes.containsKey(id)) {
      return false;
    }
    OffsetDateTime until = mutes.get(id);
    return until == null || until.toInstant().isAfter(clock.instant());
  }

  Future<Void> mute(User caller, String roomId, JsonObject body) {
    Input in = Input.of(body);
    String userId = in.text("userId", 1, 18, USER_ID, "must be a user id");
    OffsetDateTime until = until(in);
    in.validate();
    long room = moderatedRoom(caller, roomId);
    JsonObject detail = new JsonObject().put("room", roomId).put("until", until == null ? null : until.toInstant().toString());
    return Transactions.run(pool, (tx, afterCommit) -> repository.roomExists(tx, room)
      .compose(exists -> exists ? repository.allUsersExist(tx, List.of(Long.parseLong(userId))) : Future.failedFuture(noRoom()))
      .compose(found -> found ? Future.succeededFuture() : Future.failedFuture(ApiException.invalid("userId", "names no user")))
      .compose(v -> repository.mute(tx, room, Long.parseLong(userId), until, caller.numericId()))
      .compose(v -> audit.record(tx, caller.id(), "chat.mute", "user", userId, detail))
      .onSuccess(v -> afterCommit.add(() -> changed(room))));
  }

  Future<Void> unmute(User caller, String roomId, String userId) {
    long room = moderatedRoom(caller, roomId);
    if (!USER_ID.matcher(userId).matches()) {
      return Future.failedFuture(ApiException.notFound("That user is not muted here."));
    }
    return Transactions.run(pool, (tx, afterCommit) -> repository.unmute(tx, room, Long.parseLong(userId))
      .compose(removed -> removed ? Future.succeededFuture() : Future.failedFuture(ApiException.notFound("That user is not muted here.")))
      .compose(v -> audit.record(tx, caller.id(), "chat.unmute", "user", userId, new JsonObject().put("room", roomId)))
      .onSuccess(v -> afterCommit.add(() -> changed(room))));
  }

  private void changed(long room) {
    vertx.eventBus().publish(Addresses.CHAT_MUTES_CHANGED, room);
  }

  private static long moderatedRoom(User caller, String roomId) {
    if (!Policy.canModerate(caller)) {
      throw ApiException.forbidden("Only moderators mute users.");
    }
    try {
      return Long.parseLong(roomId);
    } catch (NumberFormatException e) {
      throw noRoom();
    }
  }

  private OffsetDateTime until(Input in) {
    String raw = in.optionalText("until", 1, 64);
    if (raw == null) {
      return null;
    }
    try {
      Instant until = Instant.parse(raw);
      if (!until.isAfter(clock.instant())) {
        in.reject("until", "must be in the future");
      }
      return until.atOffset(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      in.reject("until", "must be an ISO-8601 UTC time such as 2026-01-31T12:00:00Z");
      return null;
    }
  }

  private static ApiException noRoom() {
    return ApiException.notFound("No such room.");
  }
}
