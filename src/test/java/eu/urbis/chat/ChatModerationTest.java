package eu.urbis.chat;

import eu.urbis.support.Api;
import eu.urbis.support.Audit;
import eu.urbis.support.ChatClient;
import eu.urbis.support.Db;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static eu.urbis.support.ProblemAssert.assertFieldError;
import static eu.urbis.support.ProblemAssert.assertProblem;
import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/** Edits, deletes, mutes, the send rate limit and suspension's close: who may, and what members see. */
class ChatModerationTest {
  private static final int BURST = 5;

  @RegisterExtension
  static final ServerExtension server = ServerExtension.start(config -> config
    .put("rateLimits", config.getJsonObject("rateLimits").put("registrationsPerIp", 1000))
    .put("chat", new JsonObject().put("sendBurst", BURST).put("sendWindowSeconds", 3600)));
  private static final Api api = server.api();
  private static JsonObject moderator;

  @BeforeAll
  static void setUp() {
    moderator = api.newUserWithRole("mod", "moderator");
  }

  private static String newRoom(String token) {
    return ChatClient.newPublicRoom(api, token, "Moderated");
  }

  private static long stored(String room) {
    return Db.count(server, "SELECT count(*) FROM chat_messages WHERE room_id = $1", Long.parseLong(room));
  }

  @Test
  void anAuthorEditsAndDeletesAndMembersSeeIt() {
    JsonObject author = api.newMember("author");
    String room = newRoom(author.getString("token"));
    try (ChatClient writer = ChatClient.authenticated(server, author.getString("token"));
         ChatClient watcher = ChatClient.authenticated(server, api.newMember("watcher").getString("token"))) {
      watcher.join(room, null);
      String id = writer.say(room, "first draft").getString("id");
      writer.send(new JsonObject().put("type", "edit").put("room", room).put("id", id).put("body", "*second* draft"));
      JsonObject edited = await(watcher.frame(f -> "edited".equals(f.getString("type"))));
      assertThat(edited.getString("id")).isEqualTo(id);
      assertThat(edited.getString("html")).contains("<em>second</em>");
      assertThat(edited.getString("editedAt")).isNotNull();
      writer.send(new JsonObject().put("type", "delete").put("room", room).put("id", id));
      JsonObject deleted = await(watcher.frame(f -> "deleted".equals(f.getString("type"))));
      assertThat(deleted).isEqualTo(new JsonObject().put("type", "deleted").put("room", room).put("id", id).put("seq", 1));
      JsonObject kept = api.get("/api/chat/rooms/" + room + "/messages", author.getString("token")).bodyAsJsonObject()
        .getJsonArray("items").getJsonObject(0);
      assertThat(kept.getBoolean("deleted")).isTrue();
      assertThat(kept.getString("body")).isEmpty();
      assertThat(kept.getLong("seq")).isEqualTo(1L);
    }
  }

  @Test
  void othersCannotEditButAModeratorMayDelete() {
    JsonObject author = api.newMember("owned");
    String room = newRoom(author.getString("token"));
    try (ChatClient writer = ChatClient.authenticated(server, author.getString("token"));
         ChatClient other = ChatClient.authenticated(server, api.newMember("other").getString("token"));
         ChatClient mod = ChatClient.authenticated(server, moderator.getString("token"))) {
      writer.join(room, null);
      String id = writer.say(room, "mine").getString("id");
      other.send(new JsonObject().put("type", "edit").put("room", room).put("id", id).put("body", "yours now"));
      assertThat(await(other.error("forbidden")).getString("ref")).isEqualTo("edit");
      other.send(new JsonObject().put("type", "delete").put("room", room).put("id", "424242"));
      assertThat(await(other.error("bad_frame")).getString("ref")).isEqualTo("delete");
      mod.send(new JsonObject().put("type", "delete").put("room", room).put("id", id));
      assertThat(await(writer.frame(f -> "deleted".equals(f.getString("type")))).getString("id")).isEqualTo(id);
    }
  }

  @Test
  void aModeratorCannotRewriteAnotherUsersMessageAndItStaysAsWritten() {
    JsonObject author = api.newMember("quoted");
    String room = newRoom(author.getString("token"));
    try (ChatClient writer = ChatClient.authenticated(server, author.getString("token"));
         ChatClient mod = ChatClient.authenticated(server, moderator.getString("token"))) {
      writer.join(room, null);
      mod.join(room, null);
      String id = writer.say(room, "my own words").getString("id");
      mod.send(new JsonObject().put("type", "edit").put("room", room).put("id", id).put("body", "words put in their mouth"));
      assertThat(await(mod.error("forbidden")).getString("ref")).isEqualTo("edit");
    }
    JsonObject kept = api.get("/api/chat/rooms/" + room + "/messages", author.getString("token")).bodyAsJsonObject()
      .getJsonArray("items").getJsonObject(0);
    assertThat(kept.getString("body")).isEqualTo("my own words");
    assertThat(kept.getValue("editedAt")).isNull();
  }

  @Test
  void aModeratorCannotMuteInARoomTheyCannotSeeAndLearnsNotWhetherItExists() {
    JsonObject owner = api.newMember("secretive");
    JsonObject friend = api.newMember("confidant");
    String friendId = friend.getJsonObject("user").getString("id");
    var createdRoom = api.post("/api/chat/rooms", new JsonObject().put("name", "Hidden").put("kind", "private")
      .put("members", new JsonArray().add(friendId)), owner.getString("token"));
    assertThat(createdRoom.statusCode()).as(createdRoom.bodyAsString()).isEqualTo(201);
    String hidden = createdRoom.bodyAsJsonObject().getString("id");
    String mod = moderator.getString("token");

    JsonObject invisible = assertProblem(api.post("/api/chat/rooms/" + hidden + "/mutes", new JsonObject().put("userId", friendId), mod), 404);
    JsonObject missing = assertProblem(api.post("/api/chat/rooms/99999999/mutes", new JsonObject().put("userId", friendId), mod), 404);
    assertThat(invisible).isEqualTo(missing);
    assertProblem(api.delete("/api/chat/rooms/" + hidden + "/mutes/" + friendId, mod), 404);
    assertThat(Db.count(server, "SELECT count(*) FROM chat_mutes WHERE room_id = $1", Long.parseLong(hidden))).isZero();
  }

  @Test
  void aMutedUserGetsMutedAndNothingIsStoredUntilUnmuted() {
    JsonObject loud = api.newMember("loud");
    String loudId = loud.getJsonObject("user").getString("id");
    String room = newRoom(loud.getString("token"));
    try (ChatClient client = ChatClient.authenticated(server, loud.getString("token"))) {
      var muted = api.post("/api/chat/rooms/" + room + "/mutes", new JsonObject().put("userId", loudId).put("until", null), moderator.getString("token"));
      assertThat(muted.statusCode()).as(muted.bodyAsString()).isEqualTo(204);
      JsonObject answer = client.say(room, "can you hear me");
      assertThat(answer.getString("code")).isEqualTo("muted");
      assertThat(stored(room)).isZero();
      assertThat(api.delete("/api/chat/rooms/" + room + "/mutes/" + loudId, moderator.getString("token")).statusCode()).isEqualTo(204);
      assertThat(client.say(room, "back again").getString("type")).isEqualTo("ack");
    }
    assertThat(Audit.count(server, "chat.mute", loudId)).isEqualTo(1);
    assertThat(Audit.count(server, "chat.unmute", loudId)).isEqualTo(1);
  }

  @Test
  void aTimedMuteEndsByItselfAtItsEnd() {
    JsonObject impatient = api.newMember("impatient");
    String room = newRoom(impatient.getString("token"));
    String inAnHour = server.clock().instant().plus(Duration.ofHours(1)).toString();
    try (ChatClient client = ChatClient.authenticated(server, impatient.getString("token"))) {
      var muted = api.post("/api/chat/rooms/" + room + "/mutes",
        new JsonObject().put("userId", impatient.getJsonObject("user").getString("id")).put("until", inAnHour), moderator.getString("token"));
      assertThat(muted.statusCode()).as(muted.bodyAsString()).isEqualTo(204);
      assertThat(client.say(room, "still there?").getString("code")).isEqualTo("muted");

      server.clock().advance(Duration.ofHours(1).plusSeconds(1));

      assertThat(client.say(room, "free again").getString("type")).isEqualTo("ack");
    }
  }

  @Test
  void onlyModeratorsMuteAndBadMutesAreRefused() {
    JsonObject member = api.newMember("wannabe");
    String memberId = member.getJsonObject("user").getString("id");
    String room = newRoom(member.getString("token"));
    String mod = moderator.getString("token");
    assertProblem(api.post("/api/chat/rooms/" + room + "/mutes", new JsonObject().put("userId", memberId), member.getString("token")), 403);
    assertProblem(api.post("/api/chat/rooms/999999/mutes", new JsonObject().put("userId", memberId), mod), 404);
    assertFieldError(api.post("/api/chat/rooms/" + room + "/mutes", new JsonObject(), mod), "userId");
    assertFieldError(api.post("/api/chat/rooms/" + room + "/mutes", new JsonObject().put("userId", "999999"), mod), "userId");
    assertFieldError(api.post("/api/chat/rooms/" + room + "/mutes", new JsonObject().put("userId", memberId).put("until", "soon"), mod), "until");
    var timed = api.post("/api/chat/rooms/" + room + "/mutes",
      new JsonObject().put("userId", memberId).put("until", server.clock().instant().plusSeconds(3600).toString()), mod);
    assertThat(timed.statusCode()).as(timed.bodyAsString()).isEqualTo(204);
    assertProblem(api.delete("/api/chat/rooms/" + room + "/mutes/" + memberId, member.getString("token")), 403);
  }

  @Test
  void sendingPastTheRateLimitIsRateLimitedAndNotStored() {
    JsonObject chatty = api.newMember("chatty");
    String room = newRoom(chatty.getString("token"));
    try (ChatClient client = ChatClient.authenticated(server, chatty.getString("token"))) {
      for (int i = 0; i < BURST; i++) {
        assertThat(client.say(room, "msg " + i).getString("type")).isEqualTo("ack");
      }
      JsonObject refused = client.say(room, "one too many");
      assertThat(refused.getString("code")).isEqualTo("rate_limited");
      assertThat(stored(room)).isEqualTo(BURST);
    }
  }

  @Test
  void aSuspensionClosesTheOpenSocketWith4403AndRefusesTheNextAuth() {
    JsonObject target = api.newMember("suspended");
    String id = target.getJsonObject("user").getString("id");
    try (ChatClient client = ChatClient.authenticated(server, target.getString("token"))) {
      var suspended = api.post("/api/users/" + id + "/suspend", new JsonObject().put("reason", "spam"), moderator.getString("token"));
      assertThat(suspended.statusCode()).as(suspended.bodyAsString()).isEqualTo(200);
      assertThat(await(client.closed())).isEqualTo((short) 4403);
    }
    try (ChatClient again = ChatClient.connect(server)) {
      again.send(new JsonObject().put("type", "auth").put("token", target.getString("token")));
      assertThat(await(again.closed())).isEqualTo((short) 4403);
    }
  }
}
