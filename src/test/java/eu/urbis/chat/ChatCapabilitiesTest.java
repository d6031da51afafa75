package eu.urbis.chat;

import eu.urbis.support.Api;
import eu.urbis.support.ChatClient;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A message fans out to every member, yet each gets its {@code can} for themselves: live, edited and replayed
 * frames agree with the room's history as that member reads it over REST.
 */
class ChatCapabilitiesTest {
  private static final JsonObject AUTHOR = can(true, true, true, false, false);
  private static final JsonObject READER = can(false, false, true, false, true);
  private static final JsonObject MODERATOR = can(false, true, true, true, true);
  private static final JsonObject MUTED_READER = can(false, false, false, false, true);

  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();
  private static String admin;

  @BeforeAll
  static void start() {
    admin = api.adminToken();
  }

  private static JsonObject can(boolean edit, boolean delete, boolean reply, boolean moderate, boolean report) {
    return new JsonObject().put("edit", edit).put("delete", delete).put("reply", reply).put("moderate", moderate).put("report", report);
  }

  /** The room as four members see it: its author, a reader, a moderator and a muted reader. */
  private record Members(String room, JsonObject author, JsonObject reader, JsonObject moderator, JsonObject muted) {
    List<JsonObject> all() {
      return List.of(author, reader, moderator, muted);
    }
  }

  private static Members members() {
    String room = ChatClient.newPublicRoom(api, admin, "Capabilities");
    JsonObject muted = api.newMember("muted");
    assertThat(api.post("/api/chat/rooms/" + room + "/mutes", new JsonObject().put("userId", muted.getJsonObject("user").getString("id")), admin)
      .statusCode()).isEqualTo(204);
    return new Members(room, api.newMember("author"), api.newMember("reader"), api.newUserWithRole("moderator", "moderator"), muted);
  }

  private static JsonObject historyItem(JsonObject member, String room, String id) {
    JsonArray items = api.get("/api/chat/rooms/" + room + "/messages", member.getString("token")).bodyAsJsonObject().getJsonArray("items");
    return items.stream().map(JsonObject.class::cast).filter(item -> id.equals(item.getString("id"))).findFirst().orElseThrow();
  }

  /** The frame without its type is the Message of the history, {@code can} included. */
  private static void assertLikeHistory(JsonObject frame, JsonObject member, String room) {
    JsonObject message = frame.copy();
    message.remove("type");
    assertThat(message).isEqualTo(historyItem(member, room, frame.getString("id")));
  }

  @Test
  void eachMemberGetsTheLiveMessageWithTheirOwnCan() {
    Members room = members();
    try (ChatClient author = ChatClient.authenticated(server, room.author().getString("token"));
         ChatClient reader = ChatClient.authenticated(server, room.reader().getString("token"));
         ChatClient moderator = ChatClient.authenticated(server, room.moderator().getString("token"));
         ChatClient muted = ChatClient.authenticated(server, room.muted().getString("token"))) {
      List<ChatClient> clients = List.of(author, reader, moderator, muted);
      clients.forEach(client -> client.join(room.room(), null));
      author.say(room.room(), "hello all");

      List<JsonObject> frames = clients.stream().map(client -> await(client.message(room.room(), 1))).toList();
      assertThat(frames).extracting(frame -> frame.getJsonObject("can")).containsExactly(AUTHOR, READER, MODERATOR, MUTED_READER);
      for (int i = 0; i < clients.size(); i++) {
        assertLikeHistory(frames.get(i), room.all().get(i), room.room());
      }
    }
  }

  @Test
  void anEditedMessageCarriesEachMembersCan() {
    Members room = members();
    try (ChatClient author = ChatClient.authenticated(server, room.author().getString("token"));
         ChatClient reader = ChatClient.authenticated(server, room.reader().getString("token"));
         ChatClient moderator = ChatClient.authenticated(server, room.moderator().getString("token"))) {
      List.of(author, reader, moderator).forEach(client -> client.join(room.room(), null));
      String id = author.say(room.room(), "first draft").getString("id");
      author.send(new JsonObject().put("type", "edit").put("room", room.room()).put("id", id).put("body", "second draft"));

      List<JsonObject> edited = List.of(author, reader, moderator).stream()
        .map(client -> await(client.frame(f -> "edited".equals(f.getString("type"))))).toList();
      assertThat(edited).extracting(frame -> frame.getJsonObject("can")).containsExactly(AUTHOR, READER, MODERATOR);
      assertLikeHistory(edited.get(1), room.reader(), room.room());
    }
  }

  @Test
  void aReplayedMessageCarriesTheSameCanAsTheHistory() {
    Members room = members();
    try (ChatClient author = ChatClient.authenticated(server, room.author().getString("token"))) {
      author.say(room.room(), "said before anyone came");
    }
    for (JsonObject member : room.all()) {
      try (ChatClient late = ChatClient.authenticated(server, member.getString("token"))) {
        late.join(room.room(), 0L);
        assertLikeHistory(await(late.message(room.room(), 1)), member, room.room());
      }
    }
  }

  @Test
  void aMuteAndItsLiftingChangeTheCanOfTheFramesAfterThem() {
    Members room = members();
    String readerId = room.reader().getJsonObject("user").getString("id");
    try (ChatClient author = ChatClient.authenticated(server, room.author().getString("token"));
         ChatClient reader = ChatClient.authenticated(server, room.reader().getString("token"))) {
      reader.join(room.room(), null);
      author.say(room.room(), "before the mute");
      assertThat(await(reader.message(room.room(), 1)).getJsonObject("can")).isEqualTo(READER);

      assertThat(api.post("/api/chat/rooms/" + room.room() + "/mutes", new JsonObject().put("userId", readerId), admin).statusCode()).isEqualTo(204);
      author.say(room.room(), "during the mute");
      assertThat(await(reader.message(room.room(), 2)).getJsonObject("can")).isEqualTo(MUTED_READER);

      assertThat(api.delete("/api/chat/rooms/" + room.room() + "/mutes/" + readerId, admin).statusCode()).isEqualTo(204);
      author.say(room.room(), "after the mute");
      assertThat(await(reader.message(room.room(), 3)).getJsonObject("can")).isEqualTo(READER);
    }
  }
}
