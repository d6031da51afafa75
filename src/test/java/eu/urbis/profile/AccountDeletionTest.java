package eu.urbis.profile;

import eu.urbis.forum.ForumApi;
import eu.urbis.support.Api;
import eu.urbis.support.Audit;
import eu.urbis.support.ChatClient;
import eu.urbis.support.Db;
import eu.urbis.support.ServerExtension;
import eu.urbis.support.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static eu.urbis.support.ProblemAssert.assertFieldError;
import static eu.urbis.support.ProblemAssert.assertProblem;
import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/** "Delete my account": sessions end, the profile is erased, content stays or goes as chosen, and it is audited. */
class AccountDeletionTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();
  private static final ForumApi forum = new ForumApi(api);

  @Test
  void keepingContentLeavesItUnderDeletedUserAndEndsEverySession() {
    JsonObject member = api.newMember("leaver");
    String token = member.getString("token");
    String id = member.getJsonObject("user").getString("id");
    String post = forum.startThread(token, forum.board("everyone"), "Staying words", "These stay").getJsonObject("post").getString("id");
    String reader = api.newMember("reader").getString("token");
    try (ChatClient socket = ChatClient.authenticated(server, token)) {
      var deleted = delete(token, new JsonObject().put("password", TestServer.PASSWORD).put("content", "keep"));
      assertThat(deleted.statusCode()).as(deleted.bodyAsString()).isEqualTo(204);
      assertThat(await(socket.closed())).isEqualTo((short) 4403);
    }

    JsonObject kept = api.get("/api/posts/" + post, reader).bodyAsJsonObject();
    assertThat(kept.getString("body")).isEqualTo("These stay");
    assertThat(kept.getJsonObject("author").getString("displayName")).isEqualTo("Deleted user");
    assertThat(api.get("/api/me", token).statusCode()).isEqualTo(403);
    assertProblem(api.post("/api/auth/refresh", new JsonObject().put("refreshToken", member.getString("refreshToken"))), 401);
    assertProblem(api.post("/api/auth/login", new JsonObject()
      .put("username", member.getJsonObject("user").getString("username")).put("password", TestServer.PASSWORD)), 401);
    assertThat(Db.count(server, "SELECT count(*) FROM users WHERE id = $1 AND username = 'deleted-' || id AND city_id IS NULL",
      Long.parseLong(id))).isEqualTo(1);
    assertThat(Audit.count(server, "account.delete", id)).isEqualTo(1);
  }

  @Test
  void removingContentErasesPostsAndMessagesWithTheirHistory() {
    JsonObject member = api.newMember("eraser");
    String token = member.getString("token");
    String reader = api.newMember("witness").getString("token");
    JsonObject started = forum.startThread(reader, forum.board("everyone"), "A thread", "Opening");
    String thread = started.getJsonObject("thread").getString("id");
    String reply = forum.reply(token, thread, "First version", null).getString("id");
    assertThat(api.patch("/api/posts/" + reply, new JsonObject().put("body", "Second version"), token).statusCode()).isEqualTo(200);
    String room = ChatClient.newPublicRoom(api, reader, "Erasing");
    try (ChatClient chat = ChatClient.authenticated(server, token)) {
      assertThat(chat.say(room, "my line").getString("type")).isEqualTo("ack");
    }

    var deleted = delete(token, new JsonObject().put("password", TestServer.PASSWORD).put("content", "remove"));
    assertThat(deleted.statusCode()).as(deleted.bodyAsString()).isEqualTo(204);

    assertThat(api.get("/api/posts/" + reply, reader).bodyAsJsonObject().getBoolean("deleted")).isTrue();
    assertThat(Db.count(server, "SELECT count(*) FROM posts WHERE id = $1 AND body = ''", Long.parseLong(reply))).isEqualTo(1);
    assertThat(Db.count(server, "SELECT count(*) FROM post_revisions WHERE post_id = $1", Long.parseLong(reply))).isZero();
    assertThat(Db.count(server, "SELECT count(*) FROM chat_messages WHERE room_id = $1 AND body <> ''", Long.parseLong(room))).isZero();
    assertThat(forum.thread(reader, thread).getInteger("postCount")).isEqualTo(1);
  }

  @Test
  void aWrongPasswordOrAMissingChoiceChangesNothing() {
    JsonObject member = api.newMember("hesitant");
    String token = member.getString("token");
    assertFieldError(delete(token, new JsonObject().put("password", "not my password").put("content", "keep")), "password");
    assertFieldError(delete(token, new JsonObject().put("password", TestServer.PASSWORD)), "content");
    assertThat(api.get("/api/me", token).statusCode()).isEqualTo(200);
  }

  private static HttpResponse<Buffer> delete(String token, JsonObject body) {
    return api.raw(HttpMethod.DELETE, "/api/me", "application/json", body.toBuffer(), token);
  }
}
