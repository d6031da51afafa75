package eu.urbis.chat;

import eu.urbis.audit.AuditLog;
import eu.urbis.failure.Failure;
import eu.urbis.failure.FieldCode;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;

import java.util.Optional;

/**
 * A room's settings, changed with {@code PATCH /api/chat/rooms/{id}}: for now how many days it keeps its messages
 * ({@code retentionDays}, 1–3650, or null to keep them). Only those {@link ChatPolicy#canSetRetention} allows; a
 * moderator's change to someone else's (not direct) room is audited in the same transaction.
 */
final class RoomSettings {
  static final int MAX_RETENTION_DAYS = 3_650;

  private final Pool pool;
  private final ChatRepository repository;
  private final ChatService rooms;
  private final AuditLog audit;

  RoomSettings(Pool pool, ChatRepository repository, ChatService rooms, AuditLog audit) {
    this.pool = pool;
    this.repository = repository;
    this.rooms = rooms;
    this.audit = audit;
  }

  Future<Room> update(User caller, String roomId, JsonObject body) {
    Integer days = retentionDays(body);
    return rooms.room(caller, roomId).compose(found -> {
      if (!ChatPolicy.canSetRetention(caller, found)) {
        return Future.failedFuture(Failure.forbidden("Only the room's owner or a moderator sets how long it keeps messages."));
      }
      return pool.withTransaction(tx -> repository.setRetention(tx, found.id(), days)
        .compose(v -> audited(tx, caller, found, days))
        .compose(v -> repository.visibleRoom(tx, caller.numericId(), found.id()))
        .map(Optional::orElseThrow));
    });
  }

  /** The body must name {@code retentionDays}: a whole number of days in range, or null. */
  private static Integer retentionDays(JsonObject body) {
    if (!body.containsKey("retentionDays")) {
      throw Failure.invalid("retentionDays", FieldCode.REQUIRED, "is required (a number of days, or null to keep messages)");
    }
    Object raw = body.getValue("retentionDays");
    if (raw == null) {
      return null;
    }
    if (raw instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
      && number.doubleValue() >= 1 && number.doubleValue() <= MAX_RETENTION_DAYS) {
      return number.intValue();
    }
    throw Failure.invalid("retentionDays", FieldCode.OUT_OF_RANGE, new JsonObject().put("min", 1).put("max", MAX_RETENTION_DAYS),
      "must be a whole number of days from 1 to " + MAX_RETENTION_DAYS + ", or null");
  }

  private Future<Void> audited(SqlClient tx, User caller, Room room, Integer days) {
    if (room.kind() == RoomKind.DIRECT || Long.valueOf(caller.numericId()).equals(room.createdBy())) {
      return Future.succeededFuture();
    }
    return audit.record(tx, caller.id(), "chat.room.retention", "room", Long.toString(room.id()),
      new JsonObject().put("room", Long.toString(room.id())).put("retentionDays", days));
  }
}
