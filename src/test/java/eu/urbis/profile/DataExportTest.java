package eu.urbis.profile;

import eu.urbis.forum.ForumApi;
import eu.urbis.support.Api;
import eu.urbis.support.ChatClient;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static eu.urbis.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** "Download my data": everything the caller wrote, and nothing anyone else did. */
class DataExportTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();
  private static final ForumApi forum = new ForumApi(api);

  @Test
  void theArchiveHoldsTheCallersProfileSettingsThreadsPostsMessagesReactionsAndWatchesOnly() {
    JsonObject me = api.newMember("exporter");
    String token = me.getString("token");
    String otherToken = api.newMember("bystander").getString("token");
    String board = forum.board("everyone");
    JsonObject started = forum.startThread(token, board, "My thread", "My opening words");
    String thread = started.getJsonObject("thread").getString("id");
    String othersPost = forum.reply(otherToken, thread, "Someone else's words", null).getString("id");
    forum.reply(token, thread, "My reply", othersPost);
    assertThat(api.put("/api/posts/" + othersPost + "/reactions/%2B1", token).statusCode()).isEqualTo(204);
    String room = ChatClient.newPublicRoom(api, token, "Mine");
    try (ChatClient chat = ChatClient.authenticated(server, token); ChatClient other = ChatClient.authenticated(server, otherToken)) {
      chat.say(room, "my chat line");
      other.say(room, "their chat line");
    }

    JsonObject settings = new JsonObject().put("email", "exporter@example.org")
      .put("emailPrefs", new JsonObject().put("mode", "weekly")).put("locale", "de");
    assertThat(api.patch("/api/me", settings, token).statusCode()).isEqualTo(200);
    assertThat(api.put("/api/boards/" + board + "/watch", new JsonObject().put("level", "muted"), token).statusCode()).isEqualTo(204);

    var response = api.get("/api/me/export", token);
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    JsonObject archive = response.bodyAsJsonObject();

    assertThat(archive.getJsonObject("profile").getString("username")).isEqualTo(me.getJsonObject("user").getString("username"));
    assertThat(archive.getJsonObject("profile").containsKey("passwordHash")).isFalse();
    assertThat(archive.getJsonObject("profile").getString("email")).isEqualTo("exporter@example.org");
    assertThat(archive.getJsonObject("profile").getString("emailMode")).isEqualTo("weekly");
    assertThat(archive.getJsonObject("profile").getString("locale")).isEqualTo("de");
    // the thread started above may be watched by default as well, once the listener has run
    assertThat(archive.getJsonArray("watches").stream().map(JsonObject.class::cast)
      .filter(watch -> watch.getString("targetType").equals("board")).map(watch -> watch.getString("targetId") + ":" + watch.getString("level")))
      .containsExactly(board + ":muted");
    assertThat(bodies(archive.getJsonArray("threads"), "title")).containsExactly("My thread");
    assertThat(bodies(archive.getJsonArray("posts"), "body")).containsExactly("My opening words", "My reply");
    assertThat(bodies(archive.getJsonArray("messages"), "body")).containsExactly("my chat line");
    assertThat(archive.getJsonArray("reactions")).hasSize(1);
    assertThat(archive.getJsonArray("reactions").getJsonObject(0).getString("postId")).isEqualTo(othersPost);
  }

  @Test
  void theArchiveNeedsASignedInCaller() {
    assertProblem(api.get("/api/me/export"), 401);
  }

  private static List<String> bodies(JsonArray rows, String field) {
    return rows.stream().map(row -> ((JsonObject) row).getString(field)).toList();
  }
}
