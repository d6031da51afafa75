package eu.urbis.chat;

import eu.urbis.db.SeedMarks;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

import java.util.List;

/** Demo mode, once per database: a lobby, one public room per forum theme, and a private room for mentors. */
public final class ChatDemoRooms {
  private record Seed(String key, String name, RoomKind kind, String topic) {
  }

  private static final List<Seed> ROOMS = List.of(
    new Seed("lobby", "Lobby", RoomKind.PUBLIC, "Say hello to the network"),
    theme("digital-government", "Digital government & e-services"),
    theme("open-data", "Open data"),
    theme("smart-mobility", "Smart mobility"),
    theme("energy-environment", "Energy & environment"),
    theme("digital-skills", "Digital skills & inclusion"),
    theme("innovation", "Innovation ecosystems & start-ups"),
    theme("connectivity", "Connectivity"),
    theme("health-care", "Health & care"),
    theme("tourism-culture", "Tourism & culture"),
    theme("funding-procurement", "Funding & procurement"),
    new Seed("mentors", "Mentors", RoomKind.PRIVATE, "Mentors, moderators and admins only"));

  private static final String MENTORS_JOIN = """
    INSERT INTO chat_members (room_id, user_id)
    SELECT r.id, u.id FROM chat_rooms r, users u
    WHERE r.seed_key = 'mentors' AND u.role IN ('mentor', 'moderator', 'admin')
    ON CONFLICT DO NOTHING""";

  private ChatDemoRooms() {
  }

  private static Seed theme(String key, String name) {
    return new Seed(key, name, RoomKind.PUBLIC, "Chat about " + name.toLowerCase());
  }

  public static Future<Boolean> ensure(Pool pool) {
    return SeedMarks.once(pool, "chat.demo-rooms", ChatDemoRooms::seed);
  }

  private static Future<Void> seed(SqlClient tx) {
    ChatRepository repository = new ChatRepository();
    Future<?> chain = Future.succeededFuture();
    for (Seed room : ROOMS) {
      chain = chain.compose(v -> repository.insertRoom(tx, room.name(), room.kind(), room.topic(), null, room.key(), null));
    }
    return chain.compose(v -> tx.preparedQuery(MENTORS_JOIN).execute(Tuple.tuple())).mapEmpty();
  }
}
