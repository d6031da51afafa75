package eu.urbis.forum;

import eu.urbis.support.Api;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static eu.urbis.forum.ForumApi.items;
import static eu.urbis.forum.ForumApi.ok;
import static eu.urbis.support.ProblemAssert.assertFieldError;
import static eu.urbis.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** The emoji list the API serves is the one it accepts, and every way of reading a post tells the caller which are theirs. */
class ForumReactionsTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();
  private static ForumApi forum;
  private static String board;
  private static String author;
  private static String reader;

  @BeforeAll
  static void start() {
    forum = new ForumApi(api);
    board = forum.board("everyone");
    author = api.newMember("author").getString("token");
    reader = api.newMember("reader").getString("token");
  }

  private static JsonObject reactions(String token, String postId) {
    return ok(api.get("/api/posts/" + postId, token)).getJsonObject("reactions");
  }

  private static void react(String token, String postId, String emoji) {
    assertThat(api.put("/api/posts/" + postId + "/reactions/" + URLEncoder.encode(emoji, StandardCharsets.UTF_8), token).statusCode())
      .isEqualTo(204);
  }

  @Test
  void theEmojiListIsPublicAndEveryCodeOnItIsAccepted() {
    JsonArray emoji = items(api.get("/api/emoji"));
    List<String> codes = emoji.stream().map(JsonObject.class::cast).map(item -> item.getString("code")).toList();
    assertThat(codes).containsExactly("+1", "-1", "heart", "laugh", "tada", "thinking", "eyes", "rocket", "clap", "bulb");
    assertThat(emoji.getJsonObject(0)).isEqualTo(new JsonObject().put("code", "+1").put("label", "Thumbs up").put("glyph", "👍"));

    String post = forum.startThread(author, board, "Every reaction", "React away").getJsonObject("post").getString("id");
    codes.forEach(code -> react(reader, post, code));
    JsonObject counted = reactions(reader, post);
    codes.forEach(code -> assertThat(counted.getInteger(code)).as(code).isEqualTo(1));
    assertThat(counted.getJsonArray("mine")).containsExactlyInAnyOrderElementsOf(codes);
  }

  @Test
  void aCodeOffTheListIsRefusedNamingTheList() {
    String post = forum.startThread(author, board, "Odd reaction", "Hm").getJsonObject("post").getString("id");
    JsonObject problem = assertFieldError(api.put("/api/posts/" + post + "/reactions/smile", reader), "emoji");
    assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("message")).contains("+1, -1, heart, laugh");
  }

  @Test
  void mineListsOnlyTheCallersOwnReactions() {
    String post = forum.startThread(author, board, "Whose reactions", "Count me in").getJsonObject("post").getString("id");
    react(author, post, "heart");
    react(reader, post, "heart");
    react(reader, post, "+1");

    assertThat(reactions(author, post)).isEqualTo(new JsonObject().put("heart", 2).put("+1", 1).put("mine", new JsonArray().add("heart")));
    assertThat(reactions(reader, post).getJsonArray("mine")).containsExactlyInAnyOrder("heart", "+1");
    assertThat(reactions(api.newMember("stranger").getString("token"), post).getJsonArray("mine")).isEmpty();
  }

  @Test
  void anUndoneReactionLeavesMine() {
    String post = forum.startThread(author, board, "Changed my mind", "Maybe").getJsonObject("post").getString("id");
    react(reader, post, "eyes");
    assertThat(api.delete("/api/posts/" + post + "/reactions/eyes", reader).statusCode()).isEqualTo(204);
    assertThat(reactions(reader, post)).isEqualTo(new JsonObject().put("mine", new JsonArray()));
  }

  @Test
  void mineComesWithThePagesOfAThreadAndWithSearchHits() {
    JsonObject started = forum.startThread(author, board, "Quokka sightings", "A quokka smiled at the tram stop");
    String thread = started.getJsonObject("thread").getString("id");
    String post = started.getJsonObject("post").getString("id");
    react(reader, post, "tada");

    JsonObject inPage = items(api.get("/api/threads/" + thread + "/posts", reader)).getJsonObject(0);
    assertThat(inPage.getJsonObject("reactions").getJsonArray("mine")).containsExactly("tada");
    JsonObject hit = items(api.get("/api/search?q=quokka", reader)).getJsonObject(0);
    assertThat(hit.getJsonObject("post").getJsonObject("reactions").getJsonArray("mine")).containsExactly("tada");
    assertThat(items(api.get("/api/search?q=quokka", author)).getJsonObject(0).getJsonObject("post").getJsonObject("reactions")
      .getJsonArray("mine")).isEmpty();
  }

  /** B15: who reacted, by reaction, first reactions first. */
  @Test
  void whoReactedIsListedByReaction() {
    JsonObject first = api.newMember("early");
    JsonObject second = api.newMember("late");
    String post = forum.startThread(author, board, "Who reacted", "Tell me").getJsonObject("post").getString("id");
    react(first.getString("token"), post, "+1");
    react(second.getString("token"), post, "+1");
    react(second.getString("token"), post, "heart");

    JsonArray items = items(api.get("/api/posts/" + post + "/reactions", reader));
    assertThat(items).hasSize(2);
    JsonObject thumbs = items.getJsonObject(0);
    assertThat(thumbs.getString("emoji")).isEqualTo("+1");
    assertThat(thumbs.getJsonArray("users").stream().map(JsonObject.class::cast).map(user -> user.getString("id")))
      .containsExactly(first.getJsonObject("user").getString("id"), second.getJsonObject("user").getString("id"));
    assertThat(items.getJsonObject(1).getJsonArray("users").getJsonObject(0).getString("displayName"))
      .isEqualTo(second.getJsonObject("user").getString("displayName"));
    assertProblem(api.get("/api/posts/99999999/reactions", reader), 404);
  }
}
