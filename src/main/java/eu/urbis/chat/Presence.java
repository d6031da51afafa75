package eu.urbis.chat;

import eu.urbis.user.UserRef;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is in which room on this node, counted per user so a second tab does not announce the user twice and
 * closing one of two tabs does not announce them gone. Shared by every event loop, hence the concurrent maps.
 */
final class Presence {
  private record Here(UserRef user, int sockets) {
  }

  private final Map<Long, Map<String, Here>> rooms = new ConcurrentHashMap<>();

  /** @return true when this is the user's first socket in the room: announce them online */
  boolean enter(long room, UserRef user) {
    Here here = rooms.computeIfAbsent(room, id -> new ConcurrentHashMap<>())
      .merge(user.id(), new Here(user, 1), (old, one) -> new Here(old.user(), old.sockets() + 1));
    return here.sockets() == 1;
  }

  /** @return true when that was the user's last socket in the room: announce them offline */
  boolean exit(long room, UserRef user) {
    Map<String, Here> present = rooms.get(room);
    if (present == null) {
      return false;
    }
    Here left = present.computeIfPresent(user.id(), (id, old) -> old.sockets() <= 1 ? null : new Here(old.user(), old.sockets() - 1));
    return left == null;
  }

  List<UserRef> online(long room) {
    Map<String, Here> present = rooms.get(room);
    return present == null ? List.of() : present.values().stream().map(Here::user).toList();
  }
}
