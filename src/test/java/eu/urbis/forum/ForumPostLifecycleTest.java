package eu.urbis.forum;

import eu.urbis.support.Api;
import eu.urbis.support.Db;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static eu.urbis.forum.ForumApi.ok;
import static eu.urbis.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class ForumPostLifecycleTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();
  private static final ForumApi forum = new ForumApi(api);
  private static JsonObject author;
  private static String token;
  private static String other;
  private static String moderator;
  private static String board;

  @BeforeAll
  static void setUp() {
    author = api.newMember("author");
    token = author.getString("token");
    other = api.newMember("reader").getString("token");
    moderator = api.newUserWithRole("moderator", "moderator").getString("token");
    board = forum.board("everyone");
  }

  private static JsonObject started() {
    return forum.startThread(token, board, "Life of a post", "First words");
  }

  private static JsonObject post(String id) {
    return ok(api.get("/api/posts/" + id, token));
  }

  @Test
  void aDeletedPostKeepsItsPlaceWithAnEmptyBody() {
    JsonObject started = started();
    String thread = started.getJsonObject("thread").getString("id");
    String parent = forum.reply(token, thread, "Parent", null).getString("id");
    forum.reply(other, thread, "Child", parent);
    assertThat(api.delete("/api/posts/" + parent, token).statusCode()).isEqualTo(204);

    JsonArray items = ForumApi.items(api.get("/api/threads/" + thread + "/posts", token));
    assertThat(items).hasSize(3);
    JsonObject deleted = items.getJsonObject(1);
    assertThat(deleted.getString("id")).isEqualTo(parent);
    assertThat(deleted.getBoolean("deleted")).isTrue();
    assertThat(deleted.getString("body")).isEmpty();
    assertThat(deleted.getString("html")).isEmpty();
    assertThat(items.getJsonObject(2).getString("parentId")).isEqualTo(parent);
  }

  @Test
  void editsKeepOlderVersionsNewestFirst() {
    String id = started().getJsonObject("post").getString("id");
    ok(api.patch("/api/posts/" + id, new JsonObject().put("body", "Second words"), token));
    JsonObject edited = ok(api.patch("/api/posts/" + id, new JsonObject().put("body", "Third **words**"), moderator));
    assertThat(edited.getString("html")).contains("<strong>words</strong>");
    assertThat(edited.getString("editedAt")).isNotNull();

    JsonArray history = ForumApi.items(api.get("/api/posts/" + id + "/history", other));
    assertThat(history.stream().map(item -> ((JsonObject) item).getString("body"))).containsExactly("Second words", "First words");
    assertThat(history.getJsonObject(0).getJsonObject("editor").getString("username")).isEqualTo(author.getJsonObject("user").getString("username"));
    assertThat(history.getJsonObject(0).getString("editedAt")).isNotNull();
  }

  @Test
  void aPostNeverEditedHasNoHistory() {
    String id = started().getJsonObject("post").getString("id");
    assertThat(ForumApi.items(api.get("/api/posts/" + id + "/history", token))).isEmpty();
  }

  @Test
  void theHistoryOfADeletedPostIsForModeratorsOnly() {
    String id = started().getJsonObject("post").getString("id");
    api.delete("/api/posts/" + id, token);
    assertThat(ForumApi.items(api.get("/api/posts/" + id + "/history", other))).isEmpty();
    assertThat(ForumApi.items(api.get("/api/posts/" + id + "/history", moderator)).getJsonObject(0).getString("body")).isEqualTo("First words");
  }

  @Test
  void aDeletedPostCannotBeEdited() {
    String id = started().getJsonObject("post").getString("id");
    api.delete("/api/posts/" + id, token);
    assertProblem(api.patch("/api/posts/" + id, new JsonObject().put("body", "Back again"), token), 409);
  }

  @Test
  void reactionsCountOncePerUserPerEmoji() {
    String id = started().getJsonObject("post").getString("id");
    assertThat(api.put("/api/posts/" + id + "/reactions/+1", token).statusCode()).isEqualTo(204);
    assertThat(api.put("/api/posts/" + id + "/reactions/+1", token).statusCode()).isEqualTo(204);
    assertThat(api.put("/api/posts/" + id + "/reactions/+1", other).statusCode()).isEqualTo(204);
    assertThat(api.put("/api/posts/" + id + "/reactions/heart", other).statusCode()).isEqualTo(204);
    assertThat(post(id).getJsonObject("reactions")).isEqualTo(new JsonObject().put("+1", 2).put("heart", 1).put("mine", new JsonArray().add("+1")));
  }

  @Test
  void removingAReactionTwiceIsHarmless() {
    String id = started().getJsonObject("post").getString("id");
    api.put("/api/posts/" + id + "/reactions/tada", token);
    assertThat(api.delete("/api/posts/" + id + "/reactions/tada", token).statusCode()).isEqualTo(204);
    assertThat(api.delete("/api/posts/" + id + "/reactions/tada", token).statusCode()).isEqualTo(204);
    assertThat(post(id).getJsonObject("reactions")).isEqualTo(new JsonObject().put("mine", new JsonArray()));
  }

  @Test
  void anUnknownEmojiIsRejected() {
    String id = started().getJsonObject("post").getString("id");
    assertProblem(api.put("/api/posts/" + id + "/reactions/%3Cscript%3E", token), 400);
    assertProblem(api.put("/api/posts/" + id + "/reactions/smile-" + "x".repeat(40), token), 400);
  }

  @Test
  void mentionsOfExistingUsersAreRecorded() {
    JsonObject mentioned = api.newMember("mentioned").getJsonObject("user");
    String body = "Thanks @" + mentioned.getString("username") + " and @nobody-by-that-name";
    String id = forum.startThread(token, board, "Mentions", body).getJsonObject("post").getString("id");
    List<Long> users = Db.rows(server, "SELECT user_id FROM post_mentions WHERE post_id = $1", Long.parseLong(id)).stream()
      .map(row -> row.getLong("user_id"))
      .toList();
    assertThat(users).containsExactly(Long.parseLong(mentioned.getString("id")));
  }

  @Test
  void theBodyIsRenderedToSafeHtml() {
    JsonObject post = forum.startThread(token, board, "Rendering", "Hi <script>alert(1)</script> [x](javascript:alert(1))")
      .getJsonObject("post");
    assertThat(post.getString("html")).doesNotContain("<script").doesNotContain("javascript:");
    assertThat(post.getString("body")).contains("<script>");
  }
}
