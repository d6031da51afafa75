package eu.urbis.auth;

import eu.urbis.forum.ForumApi;
import eu.urbis.support.Api;
import eu.urbis.support.ChatClient;
import eu.urbis.support.Db;
import eu.urbis.support.ServerExtension;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.function.Supplier;

import static eu.urbis.support.ProblemAssert.assertProblem;
import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each user's writing and searching is rate limited: past the allowance REST answers 429 with Retry-After and
 * stores nothing, chat answers {@code rate_limited}; other users keep their own allowance.
 */
class UserLimitsTest {
  private static final int ALLOWED = 2;

  @RegisterExtension
  static final ServerExtension server = ServerExtension.start(config -> {
    JsonObject limits = config.getJsonObject("rateLimits");
    for (String allowance : new String[] {"posts", "edits", "searches", "roomCreations", "chatJoins"}) {
      limits.put(allowance, new JsonObject().put("limit", ALLOWED).put("windowSeconds", 3_600));
    }
  });
  private static final Api api = server.api();
  private static final ForumApi forum = new ForumApi(api);
  private static String board;

  @BeforeAll
  static void setUp() {
    board = forum.board("everyone");
  }

  @Test
  void postingPastTheAllowanceIs429WithRetryAfterAndStoresNothing() {
    String token = api.newMember("prolific").getString("token");
    String thread = forum.startThread(token, board, "First", "Opening").getJsonObject("thread").getString("id");
    forum.reply(token, thread, "One reply", null);
    long stored = posts();

    assertLimited(() -> api.post("/api/threads/" + thread + "/posts", new JsonObject().put("body", "Too many"), token));
    assertLimited(() -> api.post("/api/boards/" + board + "/threads", new JsonObject().put("title", "Again").put("body", "x"), token));
    assertThat(posts()).isEqualTo(stored);

    String other = api.newMember("patient-poster").getString("token");
    forum.reply(other, thread, "Still my turn", null);
  }

  @Test
  void editingPastTheAllowanceIs429() {
    String token = api.newMember("reviser").getString("token");
    String post = forum.startThread(token, board, "Draft", "v1").getJsonObject("post").getString("id");
    for (int i = 0; i < ALLOWED; i++) {
      assertThat(api.patch("/api/posts/" + post, new JsonObject().put("body", "v" + (i + 2)), token).statusCode()).isEqualTo(200);
    }
    assertLimited(() -> api.patch("/api/posts/" + post, new JsonObject().put("body", "v9"), token));
  }

  @Test
  void searchingPastTheAllowanceIs429() {
    String token = api.newMember("curious").getString("token");
    for (int i = 0; i < ALLOWED; i++) {
      assertThat(api.get("/api/search?q=harbour", token).statusCode()).isEqualTo(200);
    }
    assertLimited(() -> api.get("/api/search?q=harbour", token));
  }

  @Test
  void creatingRoomsPastTheAllowanceIs429() {
    String token = api.newMember("founder").getString("token");
    for (int i = 0; i < ALLOWED; i++) {
      ChatClient.newPublicRoom(api, token, "Room " + i);
    }
    assertLimited(() -> api.post("/api/chat/rooms", new JsonObject().put("name", "One more").put("kind", "public"), token));
  }

  @Test
  void joiningAndEditingInChatPastTheAllowanceAreRateLimited() {
    JsonObject member = api.newMember("hopper");
    String token = member.getString("token");
    String room = ChatClient.newPublicRoom(api, token, "Hops");
    try (ChatClient client = ChatClient.authenticated(server, token)) {
      for (int i = 0; i < ALLOWED; i++) {
        client.join(room, null);
      }
      client.send(new JsonObject().put("type", "join").put("room", room));
      assertThat(await(client.error("rate_limited")).getString("ref")).isEqualTo("join");

      String id = client.say(room, "first").getString("id");
      for (int i = 0; i < ALLOWED; i++) {
        String body = "edit " + i;
        client.send(new JsonObject().put("type", "edit").put("room", room).put("id", id).put("body", body));
        await(client.frame(f -> "edited".equals(f.getString("type")) && body.equals(f.getString("body"))));
      }
      client.send(new JsonObject().put("type", "edit").put("room", room).put("id", id).put("body", "one edit too many"));
      JsonObject refused = await(client.frame(f -> "error".equals(f.getString("type")) && "edit".equals(f.getString("ref"))));
      assertThat(refused.getString("code")).isEqualTo("rate_limited");
    }
  }

  private static void assertLimited(Supplier<HttpResponse<Buffer>> request) {
    HttpResponse<Buffer> response = request.get();
    assertProblem(response, 429);
    assertThat(Long.parseLong(response.getHeader("Retry-After"))).isBetween(1L, 3_600L);
  }

  private static long posts() {
    return Db.count(server, "SELECT count(*) FROM posts");
  }
}
