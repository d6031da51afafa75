package eu.urbis.chat;

import eu.urbis.audit.AuditLog;
import eu.urbis.failure.Failure;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;

import java.util.Optional;

/**
 * A room's settings, changed with {@code PATCH /api/chat/rooms/{id}} ({@link RoomChange}): for now how many days it
 * keeps its messages. Only those {@link ChatPolicy#canSetRetention} allows; a moderator's change to someone else's
 * (not direct) room is audited in the same transaction.
 */
final class RoomSettings {
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

  Future<Room> update(User caller, String roomId, RoomChange change) {
    Integer days = change.retentionDays();
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

  private Future<Void> audited(SqlClient tx, User caller, Room room, Integer days) {
    if (room.kind() == RoomKind.DIRECT || Long.valueOf(caller.numericId()).equals(room.createdBy())) {
      return Future.succeededFuture();
    }
    return audit.record(tx, caller.id(), "chat.room.retention", "room", Long.toString(room.id()),
      new JsonObject().put("room", Long.toString(room.id())).put("retentionDays", days));
  }
}
