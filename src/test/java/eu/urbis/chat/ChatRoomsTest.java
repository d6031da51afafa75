package eu.urbis.chat;

import eu.urbis.support.Api;
import eu.urbis.support.ChatClient;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static eu.urbis.support.ProblemAssert.assertFieldError;
import static eu.urbis.support.ProblemAssert.assertProblem;
import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/** Rooms over REST and their visibility: private rooms do not exist for non-members, anywhere. */
class ChatRoomsTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start(config -> config.put("rateLimits", config.getJsonObject("rateLimits").put("registrationsPerIp", 1000)));
  private static final Api api = server.api();

  private static JsonObject create(String token, JsonObject body) {
    var response = api.post("/api/chat/rooms", body, token);
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(201);
    return response.bodyAsJsonObject();
  }

  private static String id(JsonObject session) {
    return session.getJsonObject("user").getString("id");
  }

  private static List<String> roomIds(String token) {
    return api.get("/api/chat/rooms", token).bodyAsJsonObject().getJsonArray("items").stream()
      .map(room -> ((JsonObject) room).getString("id")).toList();
  }

  @Test
  void aCreatedRoomHasTheContractFields() {
    JsonObject room = create(api.newMember("maker").getString("token"),
      new JsonObject().put("name", "Open data").put("kind", "public").put("topic", "CSV or it did not happen"));
    assertThat(room.fieldNames()).containsExactlyInAnyOrder("id", "name", "kind", "topic", "lastSeq", "unread", "muted", "retentionDays", "can");
    assertThat(room.getString("kind")).isEqualTo("public");
    assertThat(room.getLong("lastSeq")).isZero();
  }

  @Test
  void badRoomBodiesAre400() {
    String token = api.newMember("bad-room").getString("token");
    assertFieldError(api.post("/api/chat/rooms", new JsonObject().put("name", "x"), token), "kind");
    assertFieldError(api.post("/api/chat/rooms", new JsonObject().put("kind", "public"), token), "name");
    assertFieldError(api.post("/api/chat/rooms", new JsonObject().put("kind", "private").put("name", "p")
      .put("members", new JsonArray().add("999999")), token), "members");
    assertFieldError(api.post("/api/chat/rooms", new JsonObject().put("kind", "direct"), token), "members");
    assertProblem(api.post("/api/chat/rooms", new JsonObject().put("kind", "public").put("name", "n"), null), 401);
  }

  @Test
  void aPrivateRoomLeaksNothingToNonMembers() {
    JsonObject owner = api.newMember("owner");
    JsonObject friend = api.newMember("friend");
    JsonObject outsider = api.newMember("outsider");
    String room = create(owner.getString("token"), new JsonObject().put("name", "Secret").put("kind", "private")
      .put("members", new JsonArray().add(id(friend)))).getString("id");
    assertThat(roomIds(friend.getString("token"))).contains(room);
    assertThat(roomIds(outsider.getString("token"))).doesNotContain(room);
    assertProblem(api.get("/api/chat/rooms/" + room + "/messages", outsider.getString("token")), 404);

    try (ChatClient member = ChatClient.authenticated(server, friend.getString("token"));
         ChatClient spy = ChatClient.authenticated(server, outsider.getString("token"))) {
      member.join(room, 0L);
      spy.send(new JsonObject().put("type", "join").put("room", room).put("since", 0));
      assertThat(await(spy.error("unknown_room")).getString("ref")).isEqualTo("join");
      assertThat(spy.say(room, "let me in").getString("code")).isEqualTo("unknown_room");
      spy.send(new JsonObject().put("type", "typing").put("room", room));
      spy.send(new JsonObject().put("type", "read").put("room", room).put("seq", 1));
      member.send(new JsonObject().put("type", "typing").put("room", room));
      member.say(room, "only for us");
      await(member.message(room, 1));
      spy.send(new JsonObject().put("type", "ping"));
      await(spy.frame(f -> "pong".equals(f.getString("type"))));
      assertThat(spy.frames(f -> room.equals(f.getString("room"))))
        .as("no message, typing or presence of the private room")
        .isEmpty();
      assertThat(spy.frames(f -> "error".equals(f.getString("type"))))
        .allSatisfy(error -> assertThat(error.getString("code")).isEqualTo("unknown_room"));
    }
    assertThat(api.get("/api/chat/rooms/" + room + "/messages", friend.getString("token")).bodyAsJsonObject()
      .getJsonArray("items")).hasSize(1);
  }

  @Test
  void aDirectRoomIsFoundOrCreatedForThePair() {
    JsonObject ana = api.newMember("ana");
    JsonObject bo = api.newMember("bo");
    JsonObject first = create(ana.getString("token"), new JsonObject().put("name", "ana+bo").put("kind", "direct")
      .put("members", new JsonArray().add(id(bo))));
    JsonObject again = create(bo.getString("token"), new JsonObject().put("kind", "direct")
      .put("members", new JsonArray().add(id(ana)).add(id(bo))));
    assertThat(again.getString("id")).isEqualTo(first.getString("id"));
    assertThat(first.getString("kind")).isEqualTo("direct");
    assertThat(roomIds(api.newMember("third").getString("token"))).doesNotContain(first.getString("id"));
  }

  @Test
  void historyPagesBackwardsByBefore() {
    JsonObject writer = api.newMember("historian");
    String token = writer.getString("token");
    String room = create(token, new JsonObject().put("name", "History").put("kind", "public")).getString("id");
    try (ChatClient client = ChatClient.authenticated(server, token)) {
      for (int i = 1; i <= 5; i++) {
        client.say(room, "m" + i);
      }
    }
    JsonObject newest = api.get("/api/chat/rooms/" + room + "/messages?limit=2", token).bodyAsJsonObject();
    assertThat(newest.getJsonArray("items").stream().map(m -> ((JsonObject) m).getLong("seq"))).containsExactly(5L, 4L);
    assertThat(newest.getString("next")).isEqualTo("4");
    JsonObject older = api.get("/api/chat/rooms/" + room + "/messages?limit=2&before=4", token).bodyAsJsonObject();
    assertThat(older.getJsonArray("items").stream().map(m -> ((JsonObject) m).getLong("seq"))).containsExactly(3L, 2L);
    JsonObject oldest = api.get("/api/chat/rooms/" + room + "/messages?limit=2&before=2", token).bodyAsJsonObject();
    assertThat(oldest.getJsonArray("items")).hasSize(1);
    assertThat(oldest.getString("next")).isNull();
    assertFieldError(api.get("/api/chat/rooms/" + room + "/messages?before=abc", token), "before");
    assertProblem(api.get("/api/chat/rooms/nope/messages", token), 404);
  }

  @Test
  void readMarkersFeedUnread() {
    JsonObject writer = api.newMember("writer");
    JsonObject reader = api.newMember("reader");
    String room = create(writer.getString("token"), new JsonObject().put("name", "Unread").put("kind", "public")).getString("id");
    try (ChatClient w = ChatClient.authenticated(server, writer.getString("token"));
         ChatClient r = ChatClient.authenticated(server, reader.getString("token"))) {
      for (int i = 0; i < 4; i++) {
        w.say(room, "news " + i);
      }
      assertThat(unread(reader, room)).isEqualTo(4);
      r.send(new JsonObject().put("type", "read").put("room", room).put("seq", 3));
      r.send(new JsonObject().put("type", "ping"));
      await(r.frame(f -> "pong".equals(f.getString("type"))));
      assertThat(unread(reader, room)).isEqualTo(1);
      r.send(new JsonObject().put("type", "read").put("room", room).put("seq", 1));
      r.send(new JsonObject().put("type", "read").put("room", room).put("seq", 99));
      r.send(new JsonObject().put("type", "ping"));
      await(r.frame(f -> "pong".equals(f.getString("type")) && r.frames(p -> "pong".equals(p.getString("type"))).size() == 2));
      assertThat(unread(reader, room)).isZero();
      w.say(room, "one more");
      assertThat(unread(reader, room)).isEqualTo(1);
    }
  }

  private static long unread(JsonObject session, String room) {
    return api.get("/api/chat/rooms", session.getString("token")).bodyAsJsonObject().getJsonArray("items").stream()
      .map(JsonObject.class::cast)
      .filter(r -> room.equals(r.getString("id")))
      .findFirst().orElseThrow()
      .getLong("unread");
  }
}
