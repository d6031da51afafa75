package eu.urbis.chat;

import eu.urbis.audit.AuditLog;
import eu.urbis.db.Transactions;
import eu.urbis.failure.Failure;
import eu.urbis.failure.FieldCode;
import eu.urbis.http.Page;
import eu.urbis.http.PageRequest;
import eu.urbis.user.User;
import eu.urbis.user.UserRef;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The members of private rooms: listed for whoever can see the room, added and removed by its owner or a moderator
 * who can see it, left by any member. Whoever is added or removed hears it on their open pages after the commit
 * ({@link RoomNotices}); a moderator's change to someone else's room is audited in the same transaction.
 */
final class MemberService {
  private static final Pattern USER_ID = Pattern.compile("\\d{1,18}");

  private final Pool pool;
  private final ChatRepository repository;
  private final ChatService rooms;
  private final RoomNotices notices;
  private final AuditLog audit;

  MemberService(Pool pool, ChatRepository repository, ChatService rooms, RoomNotices notices, AuditLog audit) {
    this.pool = pool;
    this.repository = repository;
    this.rooms = rooms;
    this.notices = notices;
    this.audit = audit;
  }

  /** In user id order; the cursor holds the last id of the page. */
  Future<Page<UserRef>> members(User caller, String roomId, PageRequest page) {
    return rooms.room(caller, roomId)
      .compose(found -> page.after(0L, p -> p.cursorNumber("after"))
        .compose(after -> repository.members(pool, found.id(), after, page.fetchSize())))
      .map(rows -> Page.of(rows, page, user -> new JsonObject().put("after", Long.parseLong(user.id()))));
  }

  Future<Void> add(User caller, String roomId, NewMembers added) {
    return managed(caller, roomId).compose(found -> Transactions.run(pool, (tx, afterCommit) -> userIds(tx, added)
      .compose(userIds -> repository.addedMembers(tx, found.id(), userIds))
      .compose(newcomers -> audited(tx, caller, found, "chat.members.add", newcomers).map(newcomers))
      .onSuccess(newcomers -> afterCommit.add(() -> notices.showRoom(found.id(), newcomers)))))
      .mapEmpty();
  }

  Future<Void> remove(User caller, String roomId, String userId) {
    long member = USER_ID.matcher(userId).matches() ? Long.parseLong(userId) : -1;
    return managed(caller, roomId).compose(found -> Transactions.run(pool, (tx, afterCommit) -> repository.removeMember(tx, found.id(), member)
      .compose(removed -> removed ? audited(tx, caller, found, "chat.members.remove", List.of(member))
        : Future.failedFuture(Failure.notFound("That user is not a member of this room.")))
      .onSuccess(v -> afterCommit.add(() -> notices.withdrawRoom(found.id(), member)))));
  }

  Future<Void> leave(User caller, String roomId) {
    return rooms.room(caller, roomId).compose(found -> {
      if (!ChatPolicy.canLeave(found)) {
        return Future.failedFuture(Failure.conflict(found.kind() == RoomKind.DIRECT
          ? "A direct conversation cannot be left." : "A public room has no members to leave: just stop reading it."));
      }
      return Transactions.run(pool, (tx, afterCommit) -> repository.removeMember(tx, found.id(), caller.numericId())
        .onSuccess(v -> afterCommit.add(() -> notices.withdrawRoom(found.id(), caller.numericId())))
        .mapEmpty());
    });
  }

  private Future<Room> managed(User caller, String room) {
    return rooms.room(caller, room).compose(found -> {
      if (found.kind() != RoomKind.PRIVATE) {
        return Future.failedFuture(Failure.conflict(found.kind() == RoomKind.DIRECT
          ? "A direct conversation is for its two people." : "A public room is open to everyone; it has no members to add or remove."));
      }
      return ChatPolicy.canManageMembers(caller, found) ? Future.succeededFuture(found)
        : Future.failedFuture(Failure.forbidden("Only the room's owner or a moderator adds and removes members."));
    });
  }

  /** The ids named directly, checked to exist, and those of the usernames; an unknown one is a 400 naming it. */
  private Future<List<Long>> userIds(SqlClient tx, NewMembers added) {
    List<String> names = added.usernames();
    Set<Long> wanted = new LinkedHashSet<>();
    added.userIds().forEach(id -> wanted.add(Long.parseLong(id)));
    List<Long> direct = new ArrayList<>(wanted);
    return repository.allUsersExist(tx, direct)
      .compose(exist -> exist ? repository.userIdsByName(tx, names)
        : Future.failedFuture(Failure.invalid("userIds", FieldCode.UNKNOWN, "names a user who does not exist")))
      .compose(byName -> {
        List<String> unknown = names.stream().filter(name -> !byName.containsKey(name)).toList();
        if (!unknown.isEmpty()) {
          return Future.failedFuture(Failure.invalid("usernames", FieldCode.UNKNOWN, "no user is called " + String.join(", ", unknown)));
        }
        names.forEach(name -> wanted.add(byName.get(name)));
        return Future.succeededFuture(List.copyOf(wanted));
      });
  }

  /** The owner managing their own room is ordinary use; a moderator doing it in someone else's is audited. */
  private Future<Void> audited(SqlClient tx, User caller, Room room, String action, List<Long> userIds) {
    if (userIds.isEmpty() || Long.valueOf(caller.numericId()).equals(room.createdBy())) {
      return Future.succeededFuture();
    }
    JsonArray users = new JsonArray();
    userIds.forEach(id -> users.add(Long.toString(id)));
    return audit.record(tx, caller.id(), action, "room", Long.toString(room.id()), new JsonObject().put("userIds", users));
  }
}
