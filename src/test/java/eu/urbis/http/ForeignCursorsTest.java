package eu.urbis.http;

import eu.urbis.forum.ForumApi;
import eu.urbis.support.Api;
import eu.urbis.support.ChatClient;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static eu.urbis.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** Every list endpoint answers a cursor it did not issue (wrong types, missing fields) with 400, never 500. */
class ForeignCursorsTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();
  private static List<String> lists;

  @BeforeAll
  static void setUp() {
    ForumApi forum = new ForumApi(api);
    String token = api.adminToken();
    String board = forum.board("everyone");
    String thread = forum.startThread(token, board, "Cursor thread", "body").getJsonObject("thread").getString("id");
    String room = ChatClient.newRoom(api, token, "Cursor room", "private");
    String city = api.get("/api/cities", token).bodyAsJsonObject().getJsonArray("items").getJsonObject(0).getString("id");
    lists = List.of("/api/moderation/reports?", "/api/moderation/audit?", "/api/boards/" + board + "/threads?",
      "/api/threads/" + thread + "/posts?", "/api/search?q=cursor&", "/api/library?", "/api/chat/rooms/" + room + "/members?",
      "/api/notifications?", "/api/admin/outbox?", "/api/practices?", "/api/practices/queue?", "/api/requests?",
      "/api/cities/" + city + "/adoptions?", "/api/cities/" + city + "/practices?");
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", "null", "list", "object", "missing"})
  void aCursorWithAForeignIdIs400OnEveryList(String shape) {
    JsonObject cursor = new JsonObject().put("title", 1).put("rank", 0.5).put("pinned", false).put("at", "2026-01-01T00:00:00Z")
      .put("path", "0001").put("since", "2026-01-01T00:00:00Z").put("threadId", 1).put("before", 1).put("after", 1);
    switch (shape) {
      case "x" -> cursor.put("id", "x").put("path", 7).put("at", "yesterday").put("pinned", "no").put("title", "t")
        .put("since", "soon").put("threadId", "x").put("before", "x").put("after", "x");
      case "null" -> cursor.putNull("id").putNull("path").putNull("at").putNull("since").putNull("before").putNull("after");
      case "list" -> cursor.put("id", new JsonArray().add(1)).put("path", new JsonArray()).put("pinned", new JsonArray())
        .put("since", new JsonArray()).put("before", new JsonArray()).put("after", new JsonArray());
      case "object" -> cursor.put("id", new JsonObject()).put("path", new JsonObject()).put("rank", new JsonObject())
        .put("threadId", new JsonObject()).put("before", new JsonObject()).put("after", new JsonObject());
      default -> cursor.clear();
    }
    for (String list : lists) {
      var response = api.get(list + "cursor=" + PageRequest.encode(cursor), api.adminToken());
      assertThat(response.statusCode()).as(list + " " + response.bodyAsString()).isEqualTo(400);
      assertProblem(response, 400);
    }
  }
}
