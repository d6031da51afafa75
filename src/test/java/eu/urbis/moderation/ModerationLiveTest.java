package eu.urbis.moderation;

import eu.urbis.support.Api;
import eu.urbis.support.Audit;
import eu.urbis.support.ChatClient;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static eu.urbis.forum.ForumApi.created;
import static eu.urbis.forum.ForumApi.ok;
import static eu.urbis.support.ProblemAssert.assertProblem;
import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/** Moderation as chat users feel it: suspensions close open sockets, deleting a reported message reaches the room. */
class ModerationLiveTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();
  private static String moderatorToken;
  private static String lobby;

  @BeforeAll
  static void setUp() {
    moderatorToken = api.newUserWithRole("live-mod", "moderator").getString("token");
    lobby = ChatClient.newPublicRoom(api, api.adminToken(), "Lobby");
  }

  @Test
  void suspendingAUserClosesTheirOpenSocketWith4403AndTheirNextRestCallIs403() {
    JsonObject member = api.newMember("live-suspended");
    String id = member.getJsonObject("user").getString("id");
    try (ChatClient socket = ChatClient.authenticated(server, member.getString("token"))) {
      socket.join(lobby, null);

      var suspended = api.post("/api/users/" + id + "/suspend", new JsonObject().put("reason", "abuse"), moderatorToken);

      assertThat(suspended.statusCode()).isEqualTo(200);
      assertThat(await(socket.closed())).isEqualTo((short) 4403);
      assertProblem(api.get("/api/me", member.getString("token")), 403);
    }
  }

  @Test
  void deletingAReportedMessageRemovesItForEveryoneInTheRoom() {
    String authorToken = api.newMember("live-author").getString("token");
    JsonObject reporter = api.newMember("live-reporter");
    try (ChatClient author = ChatClient.authenticated(server, authorToken);
         ChatClient watcher = ChatClient.authenticated(server, reporter.getString("token"))) {
      author.join(lobby, null);
      watcher.join(lobby, null);
      String messageId = author.say(lobby, "buy cheap watches").getString("id");
      String reportId = created(api.post("/api/reports", new JsonObject()
        .put("targetType", "message").put("targetId", messageId).put("reason", "spam"), reporter.getString("token"))).getString("id");

      JsonObject queued = ok(api.get("/api/moderation/reports?limit=100", moderatorToken)).getJsonArray("items").stream()
        .map(JsonObject.class::cast).filter(r -> r.getString("id").equals(reportId)).findFirst().orElseThrow();
      assertThat(queued.getJsonObject("context").getString("roomName")).isEqualTo("Lobby");
      assertThat(queued.getJsonObject("content").getString("body")).isEqualTo("buy cheap watches");

      ok(api.post("/api/moderation/reports/" + reportId + "/resolve", new JsonObject().put("action", "delete"), moderatorToken));

      JsonObject deleted = await(watcher.frame(f -> "deleted".equals(f.getString("type")) && messageId.equals(String.valueOf(f.getValue("id")))));
      assertThat(deleted.getString("room")).isEqualTo(lobby);
      assertThat(Audit.count(server, "message.delete", messageId)).isEqualTo(1);
      assertThat(Audit.count(server, "report.resolve", reportId)).isEqualTo(1);
    }
  }

  @Test
  void aMessageInAPrivateRoomCannotBeReportedByAnOutsider() {
    JsonObject insider = api.newMember("insider");
    String room = ChatClient.newRoom(api, insider.getString("token"), "Back room", "private");
    try (ChatClient client = ChatClient.authenticated(server, insider.getString("token"))) {
      client.join(room, null);
      String messageId = client.say(room, "just us").getString("id");
      String outsider = api.newMember("outsider").getString("token");
      assertProblem(api.post("/api/reports", new JsonObject().put("targetType", "message").put("targetId", messageId).put("reason", "x"), outsider), 404);
    }
  }
}
