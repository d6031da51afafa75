package eu.urbis.chat;

import eu.urbis.support.Api;
import eu.urbis.support.ChatClient;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static eu.urbis.support.ProblemAssert.assertFieldError;
import static eu.urbis.support.ProblemAssert.assertProblem;
import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/** Direct rooms named per reader, private room members, and the room frames that tell open pages at once. */
class ChatMembersTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start(config -> config.put("rateLimits", new JsonObject().put("registrationsPerIp", 1000)));
  private static final Api api = server.api();

  private static String id(JsonObject session) {
    return session.getJsonObject("user").getString("id");
  }

  private static String name(JsonObject session) {
    return session.getJsonObject("user").getString("displayName");
  }

  private static String token(JsonObject session) {
    return session.getString("token");
  }

  private static JsonObject room(JsonObject session, String room) {
    var response = api.get("/api/chat/rooms/" + room, token(session));
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    return response.bodyAsJsonObject();
  }

  private static String privateRoom(JsonObject owner, String name) {
    return ChatClient.newRoom(api, token(owner), name, "private");
  }

  private static List<String> memberIds(JsonObject session, String room) {
    return api.get("/api/chat/rooms/" + room + "/members", token(session)).bodyAsJsonObject().getJsonArray("items").stream()
      .map(user -> ((JsonObject) user).getString("id")).toList();
  }

  private static void add(JsonObject owner, String room, JsonObject body) {
    var response = api.post("/api/chat/rooms/" + room + "/members", body, token(owner));
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(204);
  }

  /** B3 */
  @Test
  void aDirectRoomIsNamedAfterTheOtherPersonOnEachSide() {
    JsonObject member = api.newMember("member");
    JsonObject mentor = api.newMember("mentor");
    JsonObject created = api.post("/api/chat/rooms", new JsonObject().put("kind", "direct").put("name", name(mentor))
      .put("members", new JsonArray().add(id(mentor))), token(member)).bodyAsJsonObject();
    assertThat(created.getString("name")).isEqualTo(name(mentor));
    assertThat(room(mentor, created.getString("id")).getString("name")).isEqualTo(name(member));
    assertThat(api.get("/api/chat/rooms", token(mentor)).bodyAsJsonObject().getJsonArray("items").stream()
      .map(JsonObject.class::cast).filter(r -> "direct".equals(r.getString("kind"))).map(r -> r.getString("name")))
      .containsExactly(name(member));
  }

  /** B3 */
  @Test
  void aNewDirectRoomReachesTheRecipientsOpenSocketNamedAfterTheSender() {
    JsonObject member = api.newMember("member");
    JsonObject mentor = api.newMember("mentor");
    try (ChatClient recipient = ChatClient.authenticated(server, token(mentor))) {
      String room = api.post("/api/chat/rooms", new JsonObject().put("kind", "direct").put("members", new JsonArray().add(id(mentor))),
        token(member)).bodyAsJsonObject().getString("id");
      JsonObject frame = await(recipient.frame(f -> "room".equals(f.getString("type"))));
      assertThat(frame.getJsonObject("room").getString("id")).isEqualTo(room);
      assertThat(frame.getJsonObject("room").getString("name")).isEqualTo(name(member));
      assertThat(frame.getJsonObject("room").getString("kind")).isEqualTo("direct");

      api.post("/api/chat/rooms", new JsonObject().put("kind", "direct").put("members", new JsonArray().add(id(mentor))), token(member));
      recipient.send(new JsonObject().put("type", "ping"));
      await(recipient.frame(f -> "pong".equals(f.getString("type"))));
      assertThat(recipient.frames(f -> "room".equals(f.getString("type")))).as("found again, not new").hasSize(1);
    }
  }

  /** B4 */
  @Test
  void theOwnerAddsPeopleWhoSeeTheRoomAtOnceAndEveryMemberSeesTheList() {
    JsonObject owner = api.newMember("owner");
    JsonObject friend = api.newMember("friend");
    JsonObject second = api.newMember("second");
    JsonObject outsider = api.newMember("outsider");
    String room = privateRoom(owner, "Gabrovo team");
    assertThat(room(owner, room).getJsonObject("can").getBoolean("manageMembers")).isTrue();
    try (ChatClient invited = ChatClient.authenticated(server, token(friend))) {
      add(owner, room, new JsonObject().put("userIds", new JsonArray().add(id(friend))));
      JsonObject frame = await(invited.frame(f -> "room".equals(f.getString("type"))));
      assertThat(frame.getJsonObject("room").getString("name")).isEqualTo("Gabrovo team");
      assertThat(frame.getJsonObject("room").getJsonObject("can").getBoolean("manageMembers")).isFalse();
      invited.join(room, 0L);
      try (ChatClient writer = ChatClient.authenticated(server, token(owner))) {
        writer.say(room, "welcome");
      }
      assertThat(await(invited.message(room, 1)).getString("body")).isEqualTo("welcome");
    }
    add(owner, room, new JsonObject().put("usernames", new JsonArray().add(second.getJsonObject("user").getString("username"))));
    assertThat(memberIds(friend, room)).containsExactlyInAnyOrder(id(owner), id(friend), id(second));

    assertProblem(api.post("/api/chat/rooms/" + room + "/members", new JsonObject().put("userIds", new JsonArray().add(id(outsider))),
      token(friend)), 403);
    assertProblem(api.post("/api/chat/rooms/" + room + "/members", new JsonObject().put("userIds", new JsonArray().add(id(outsider))),
      token(outsider)), 404);
    assertProblem(api.get("/api/chat/rooms/" + room + "/members", token(outsider)), 404);
    assertFieldError(api.post("/api/chat/rooms/" + room + "/members", new JsonObject().put("usernames", new JsonArray().add("nobody-here")),
      token(owner)), "usernames");
    assertFieldError(api.post("/api/chat/rooms/" + room + "/members", new JsonObject(), token(owner)), "userIds");
    assertThat(memberIds(owner, room)).hasSize(3);
  }

  /** B4 */
  @Test
  void aRemovedMemberIsTakenOutOfTheRoomOnTheirOpenSocket() {
    JsonObject owner = api.newMember("owner");
    JsonObject friend = api.newMember("friend");
    String room = privateRoom(owner, "Short-lived");
    add(owner, room, new JsonObject().put("userIds", new JsonArray().add(id(friend))));
    try (ChatClient removed = ChatClient.authenticated(server, token(friend));
         ChatClient writer = ChatClient.authenticated(server, token(owner))) {
      removed.join(room, 0L);
      assertThat(api.delete("/api/chat/rooms/" + room + "/members/" + id(friend), token(owner)).statusCode()).isEqualTo(204);
      await(removed.frame(f -> "left".equals(f.getString("type")) && room.equals(f.getString("room"))));
      writer.say(room, "after you left");
      removed.send(new JsonObject().put("type", "ping"));
      await(removed.frame(f -> "pong".equals(f.getString("type"))));
      assertThat(removed.messages(room)).isEmpty();
      assertThat(removed.say(room, "still here?").getString("code")).isEqualTo("unknown_room");
    }
    assertProblem(api.get("/api/chat/rooms/" + room, token(friend)), 404);
    assertProblem(api.delete("/api/chat/rooms/" + room + "/members/" + id(friend), token(owner)), 404);
  }

  /** B4 */
  @Test
  void aMemberLeavesAPrivateRoomButNotAPublicOrDirectOne() {
    JsonObject owner = api.newMember("owner");
    JsonObject friend = api.newMember("friend");
    String room = privateRoom(owner, "Leavable");
    add(owner, room, new JsonObject().put("userIds", new JsonArray().add(id(friend))));
    assertThat(room(friend, room).getJsonObject("can").getBoolean("leave")).isTrue();
    assertThat(api.post("/api/chat/rooms/" + room + "/leave", new JsonObject(), token(friend)).statusCode()).isEqualTo(204);
    assertThat(memberIds(owner, room)).containsExactly(id(owner));
    assertProblem(api.get("/api/chat/rooms/" + room, token(friend)), 404);

    String open = ChatClient.newPublicRoom(api, token(owner), "Everyone");
    assertProblem(api.post("/api/chat/rooms/" + open + "/leave", new JsonObject(), token(friend)), 409);
    assertProblem(api.post("/api/chat/rooms/" + open + "/members", new JsonObject().put("userIds", new JsonArray().add(id(friend))),
      token(owner)), 409);
    String direct = api.post("/api/chat/rooms", new JsonObject().put("kind", "direct").put("members", new JsonArray().add(id(friend))),
      token(owner)).bodyAsJsonObject().getString("id");
    assertProblem(api.post("/api/chat/rooms/" + direct + "/leave", new JsonObject(), token(friend)), 409);
  }

  /** B4: a moderator manages members of a private room they can see, and that is audited. */
  @Test
  void aModeratorWhoIsAMemberManagesItsMembers() {
    JsonObject owner = api.newMember("owner");
    JsonObject moderator = api.newUserWithRole("mod", "moderator");
    JsonObject friend = api.newMember("friend");
    String room = privateRoom(owner, "Moderated");
    assertProblem(api.post("/api/chat/rooms/" + room + "/members", new JsonObject().put("userIds", new JsonArray().add(id(friend))),
      token(moderator)), 404);
    add(owner, room, new JsonObject().put("userIds", new JsonArray().add(id(moderator))));
    add(moderator, room, new JsonObject().put("userIds", new JsonArray().add(id(friend))));
    assertThat(memberIds(owner, room)).contains(id(friend));
    JsonObject entry = api.get("/api/moderation/audit", api.adminToken()).bodyAsJsonObject().getJsonArray("items").stream()
      .map(JsonObject.class::cast).filter(e -> "chat.members.add".equals(e.getString("action"))).findFirst().orElseThrow();
    assertThat(entry.encode()).contains(room, id(friend));
  }

  /** B28 */
  @Test
  void aMutedUserIsToldOnTheRoomAndAModeratorSeesWhereTheyAreMuted() {
    JsonObject member = api.newMember("muted");
    JsonObject moderator = api.newUserWithRole("mod", "moderator");
    String room = ChatClient.newPublicRoom(api, token(moderator), "Heated");
    assertThat(room(member, room).getValue("muted")).isNull();
    try (ChatClient open = ChatClient.authenticated(server, token(member))) {
      String until = server.clock().instant().plusSeconds(3600).truncatedTo(ChronoUnit.SECONDS).toString();
      assertThat(api.post("/api/chat/rooms/" + room + "/mutes", new JsonObject().put("userId", id(member)).put("until", until),
        token(moderator)).statusCode()).isEqualTo(204);
      JsonObject frame = await(open.frame(f -> "room".equals(f.getString("type"))));
      assertThat(frame.getJsonObject("room").getJsonObject("muted").getString("until")).isEqualTo(until);
    }
    assertThat(room(member, room).getJsonObject("muted").getString("until")).isNotNull();
    JsonObject mutes = api.get("/api/chat/users/" + id(member) + "/mutes", token(moderator)).bodyAsJsonObject();
    assertThat(mutes.getJsonArray("items")).hasSize(1);
    assertThat(mutes.getJsonArray("items").getJsonObject(0).getJsonObject("room").getString("name")).isEqualTo("Heated");
    assertProblem(api.get("/api/chat/users/" + id(member) + "/mutes", token(member)), 403);

    server.clock().advance(Duration.ofHours(2));
    JsonObject later = api.login(member.getJsonObject("user").getString("username"));
    assertThat(room(later, room).getValue("muted")).as("the mute ran out").isNull();
    String moderatorLater = api.login(moderator.getJsonObject("user").getString("username")).getString("token");
    assertThat(api.get("/api/chat/users/" + id(member) + "/mutes", moderatorLater).bodyAsJsonObject().getJsonArray("items")).isEmpty();
  }
}
