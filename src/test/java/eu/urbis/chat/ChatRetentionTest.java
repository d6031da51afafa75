package eu.urbis.chat;

import eu.urbis.files.FilesApi;
import eu.urbis.support.Api;
import eu.urbis.support.Audit;
import eu.urbis.support.ChatClient;
import eu.urbis.support.Db;
import eu.urbis.support.Eventually;
import eu.urbis.support.ServerExtension;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static eu.urbis.support.ProblemAssert.assertProblem;
import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rooms keep their messages for {@code retentionDays} when set: the job deletes older ones with their file links and
 * notifications, and leaves a message under an open report. The clock moves forward only, so one test here moves it
 * ({@link ChatRetentionRaceTest} moves its own server's).
 */
class ChatRetentionTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();
  private static final FilesApi files = new FilesApi(api);

  private static JsonObject setRetention(String room, Object days, String token) {
    var answer = api.patch("/api/chat/rooms/" + room, new JsonObject().put("retentionDays", days), token);
    assertThat(answer.statusCode()).as(answer.bodyAsString()).isEqualTo(200);
    return answer.bodyAsJsonObject();
  }

  private static long messagesIn(String room) {
    return Db.count(server, "SELECT count(*) FROM chat_messages WHERE room_id = $1", Long.parseLong(room));
  }

  private static int purge() {
    return await(server.app().services().chat().retention().purge());
  }

  @Test
  void messagesOlderThanTheRoomsRetentionAreDeletedWithTheirFileLinksAndNotificationsAndOthersStay() {
    JsonObject owner = api.newMember("keeper");
    JsonObject reader = api.newMember("mentioned");
    String token = owner.getString("token");
    String room = ChatClient.newPublicRoom(api, token, "Short memory");
    String forever = ChatClient.newPublicRoom(api, token, "Long memory");
    JsonObject slides = files.uploaded(token, "slides.txt", Buffer.buffer("retained slides"), "text/plain");
    assertThat(setRetention(room, 30, token).getInteger("retentionDays")).isEqualTo(30);

    long withFile;
    String reported;
    try (ChatClient chat = ChatClient.authenticated(server, token)) {
      chat.join(room, null);
      chat.join(forever, null);
      chat.say(room, "Hello @" + reader.getJsonObject("user").getString("username"));
      String clientId = ChatClient.newClientId();
      chat.send(new JsonObject().put("type", "send").put("room", room).put("clientId", clientId).put("body", "The slides")
        .put("files", new JsonArray().add(slides.getString("id"))));
      withFile = Long.parseLong(await(chat.answerTo(clientId)).getString("id"));
      reported = chat.say(room, "Under review").getString("id");
      chat.say(forever, "Kept for good");
    }
    var report = api.post("/api/reports", new JsonObject().put("targetType", "message").put("targetId", reported).put("reason", "spam"),
      reader.getString("token"));
    assertThat(report.statusCode()).as(report.bodyAsString()).isEqualTo(201);
    String notified = "SELECT count(*) FROM notifications WHERE target_type = 'message' AND target_id IN "
      + "(SELECT id FROM chat_messages WHERE room_id = $1)";
    assertThat(Eventually.within(Duration.ofSeconds(10), () -> Db.count(server, notified, Long.parseLong(room)), n -> n > 0)).isPositive();

    server.clock().advance(Duration.ofDays(29));
    purge();
    assertThat(messagesIn(room)).as("29 days old, retention 30").isEqualTo(3);

    server.clock().advance(Duration.ofDays(2));
    purge();

    assertThat(messagesIn(room)).as("only the reported message waits for its report").isEqualTo(1);
    assertThat(Db.count(server, "SELECT count(*) FROM chat_messages WHERE id = $1", Long.parseLong(reported))).isEqualTo(1);
    assertThat(messagesIn(forever)).isEqualTo(1);
    assertThat(Db.count(server, "SELECT count(*) FROM file_attachments WHERE target_type = 'message' AND target_id = $1", withFile)).isZero();
    assertThat(Db.count(server, "SELECT count(*) FROM notifications WHERE target_type = 'message' AND target_id NOT IN (SELECT id FROM chat_messages)")).isZero();
    assertThat(api.get("/api/files/" + slides.getString("id"), token).statusCode()).as("the upload stays its owner's").isEqualTo(200);
    JsonArray history = api.get("/api/chat/rooms/" + room + "/messages", token).bodyAsJsonObject().getJsonArray("items");
    assertThat(history).extracting(message -> ((JsonObject) message).getString("id")).containsExactly(reported);

    try (ChatClient chat = ChatClient.authenticated(server, token)) {
      chat.join(room, null);
      assertThat(chat.say(room, "After the purge").getLong("seq")).as("seq goes on where it was").isEqualTo(4);
    }
  }

  @Test
  void retentionIsSetByTheOwnerOrAModeratorAndClearedWithNullAndOthersAreRefused() {
    String owner = api.newMember("room-owner").getString("token");
    String room = ChatClient.newPublicRoom(api, owner, "Owned");
    String moderator = api.newUserWithRole("retention-mod", "moderator").getString("token");

    assertProblem(api.patch("/api/chat/rooms/" + room, new JsonObject().put("retentionDays", 7), api.newMember("passer-by").getString("token")), 403);
    assertThat(setRetention(room, 90, moderator).getInteger("retentionDays")).isEqualTo(90);
    assertThat(Audit.count(server, "chat.room.retention", room)).isEqualTo(1);
    JsonObject cleared = setRetention(room, null, owner);
    assertThat(cleared.containsKey("retentionDays")).isTrue();
    assertThat(cleared.getValue("retentionDays")).isNull();
    assertThat(cleared.getJsonObject("can").getBoolean("setRetention")).isTrue();
    assertThat(Audit.count(server, "chat.room.retention", room)).as("the owner's own change is not a moderator action").isEqualTo(1);
  }

  @Test
  void aRetentionOutsideOneToThreeThousandSixHundredFiftyDaysIsA400OnTheFieldAndChangesNothing() {
    String owner = api.newMember("validator").getString("token");
    String room = ChatClient.newPublicRoom(api, owner, "Validated");
    setRetention(room, 10, owner);
    for (Object bad : new Object[] {0, 3651, -1, 1.5, "7", true}) {
      var answer = api.patch("/api/chat/rooms/" + room, new JsonObject().put("retentionDays", bad), owner);
      assertThat(assertProblem(answer, 400).encode()).as(String.valueOf(bad)).contains("retentionDays");
    }
    assertThat(assertProblem(api.patch("/api/chat/rooms/" + room, new JsonObject(), owner), 400).encode()).contains("retentionDays");
    assertThat(api.get("/api/chat/rooms/" + room, owner).bodyAsJsonObject().getInteger("retentionDays")).isEqualTo(10);
  }

  @Test
  void aPrivateRoomsRetentionCannotBeSetByAModeratorWhoCannotSeeItAndItsExistenceStaysHidden() {
    String owner = api.newMember("private-keeper").getString("token");
    String room = ChatClient.newRoom(api, owner, "Hidden", "private");
    String moderator = api.newUserWithRole("outside-mod", "moderator").getString("token");

    assertProblem(api.patch("/api/chat/rooms/" + room, new JsonObject().put("retentionDays", 7), moderator), 404);
    assertProblem(api.patch("/api/chat/rooms/999999999", new JsonObject().put("retentionDays", 7), moderator), 404);
  }
}
