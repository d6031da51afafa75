package eu.urbis.forum;

import eu.urbis.support.Api;
import eu.urbis.support.Eventually;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static eu.urbis.forum.ForumApi.ok;
import static eu.urbis.support.ProblemAssert.assertFieldError;
import static eu.urbis.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** Read positions: unread counts on threads and boards, positions that never move back, first-unread pages, mark board read. */
class ForumUnreadTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start(config -> config
    .put("rateLimits", new JsonObject().put("registrationsPerIp", 1000)));
  private static final Api api = server.api();
  private static ForumApi forum;

  @BeforeAll
  static void setUp() {
    forum = new ForumApi(api);
  }

  private static String token(JsonObject session) {
    return session.getString("token");
  }

  private static JsonObject thread(JsonObject reader, String threadId) {
    return forum.thread(token(reader), threadId);
  }

  private static int read(JsonObject reader, String threadId, String postId) {
    return api.post("/api/threads/" + threadId + "/read", new JsonObject().put("postId", postId), token(reader)).statusCode();
  }

  private static JsonObject boardOf(JsonObject reader, String boardId) {
    return ok(api.get("/api/boards/" + boardId, token(reader)));
  }

  private static long boardUnreadInList(JsonObject reader, String boardId) {
    JsonArray boards = ok(api.get("/api/boards", token(reader))).getJsonArray("items");
    return boards.stream().map(JsonObject.class::cast).filter(b -> b.getString("id").equals(boardId))
      .findFirst().orElseThrow().getLong("unread");
  }

  @Test
  void aNeverOpenedThreadCountsEveryPostOfOthersAndReadingMovesForwardOnly() {
    String board = forum.board("everyone");
    JsonObject author = api.newMember("writer");
    JsonObject reader = api.newMember("reader");
    JsonObject started = forum.startThread(token(author), board, "Unread counts", "Opening.");
    String threadId = started.getJsonObject("thread").getString("id");
    String opening = started.getJsonObject("post").getString("id");
    String second = forum.reply(token(author), threadId, "Second.", null).getString("id");
    String third = forum.reply(token(author), threadId, "Third.", null).getString("id");

    assertThat(thread(reader, threadId).getLong("unread")).isEqualTo(3);
    assertThat(thread(reader, threadId).getString("watch")).isEqualTo("normal");
    // the author's own posts are never unread to them; they watch the thread they started
    assertThat(thread(author, threadId).getLong("unread")).isZero();
    // set when the post is heard, after its commit
    assertThat(Eventually.within(Duration.ofSeconds(10), () -> thread(author, threadId).getString("watch"), "watching"::equals))
      .isEqualTo("watching");

    assertThat(read(reader, threadId, third)).isEqualTo(204);
    assertThat(thread(reader, threadId).getLong("unread")).isZero();
    assertThat(read(reader, threadId, opening)).isEqualTo(204);
    assertThat(thread(reader, threadId).getLong("unread")).as("a position never moves backwards").isZero();

    forum.reply(token(author), threadId, "Fourth.", second);
    assertThat(thread(reader, threadId).getLong("unread")).isEqualTo(1);
    JsonArray listed = ok(api.get("/api/boards/" + board + "/threads", token(reader))).getJsonArray("items");
    assertThat(listed.getJsonObject(0).getLong("unread")).isEqualTo(1);
    assertThat(listed.getJsonObject(0).getString("watch")).isEqualTo("normal");
  }

  @Test
  void aPageAroundTheFirstUnreadStartsAtTheEarliestUnreadPostInTreeOrder() {
    String board = forum.board("everyone");
    JsonObject author = api.newMember("treeauthor");
    JsonObject reader = api.newMember("treereader");
    JsonObject started = forum.startThread(token(author), board, "Tree order", "Opening.");
    String threadId = started.getJsonObject("thread").getString("id");
    String first = forum.reply(token(author), threadId, "First.", null).getString("id");
    String second = forum.reply(token(author), threadId, "Second.", null).getString("id");
    assertThat(read(reader, threadId, second)).isEqualTo(204);
    // a late answer to the first reply sits before the second in tree order
    String late = forum.reply(token(author), threadId, "Late answer.", first).getString("id");
    forum.reply(token(author), threadId, "Last.", null);

    JsonObject page = ok(api.get("/api/threads/" + threadId + "/posts?around=firstUnread&limit=2", token(reader)));
    assertThat(page.getJsonArray("items").getJsonObject(0).getString("id")).isEqualTo(late);
    assertThat(page.getJsonArray("items").getJsonObject(1).getString("id")).isEqualTo(second);
    JsonObject next = ok(api.get("/api/threads/" + threadId + "/posts?limit=2&cursor=" + page.getString("next"), token(reader)));
    assertThat(next.getJsonArray("items").getJsonObject(0).getString("body")).isEqualTo("Last.");

    JsonObject allRead = ok(api.get("/api/threads/" + threadId + "/posts?around=firstUnread", token(author)));
    assertThat(allRead.getJsonArray("items").getJsonObject(0).getString("id"))
      .as("with nothing unread the page starts at the top").isEqualTo(started.getJsonObject("post").getString("id"));
    assertFieldError(api.get("/api/threads/" + threadId + "/posts?around=middle", token(reader)), "around");
  }

  @Test
  void aBoardCountsItsThreadsWithNewsAndMarkingItReadClearsThem() {
    String board = forum.board("everyone");
    JsonObject author = api.newMember("boardauthor");
    JsonObject reader = api.newMember("boardreader");
    String one = forum.startThread(token(author), board, "One", "Body.").getJsonObject("thread").getString("id");
    forum.startThread(token(author), board, "Two", "Body.");
    assertThat(boardOf(reader, board).getLong("unread")).isEqualTo(2);
    assertThat(boardUnreadInList(reader, board)).isEqualTo(2);
    assertThat(boardOf(author, board).getLong("unread")).isZero();

    assertThat(api.post("/api/boards/" + board + "/read", new JsonObject(), token(reader)).statusCode()).isEqualTo(204);
    assertThat(boardUnreadInList(reader, board)).isZero();
    forum.reply(token(author), one, "News.", null);
    assertThat(boardOf(reader, board).getLong("unread")).isEqualTo(1);
    assertThat(thread(reader, one).getLong("unread")).isEqualTo(1);
    assertProblem(api.post("/api/boards/999999999/read", new JsonObject(), token(reader)), 404);
  }

  @Test
  void readingAnUnknownThreadOrPostIsA404AndAPostOfAnotherThreadA400() {
    String board = forum.board("everyone");
    JsonObject author = api.newMember("badreads");
    JsonObject started = forum.startThread(token(author), board, "Here", "Body.");
    String threadId = started.getJsonObject("thread").getString("id");
    String elsewhere = forum.startThread(token(author), board, "There", "Body.").getJsonObject("post").getString("id");

    assertProblem(api.post("/api/threads/999999999/read", new JsonObject().put("postId", elsewhere), token(author)), 404);
    assertProblem(api.post("/api/threads/" + threadId + "/read", new JsonObject().put("postId", "999999999"), token(author)), 404);
    assertFieldError(api.post("/api/threads/" + threadId + "/read", new JsonObject().put("postId", elsewhere), token(author)), "postId");
    assertFieldError(api.post("/api/threads/" + threadId + "/read", new JsonObject(), token(author)), "postId");
  }

  @Test
  void aThreadsWatchLevelFollowsTheCallersChoiceAndAMutedBoard() {
    String board = forum.board("everyone");
    JsonObject author = api.newMember("watchauthor");
    JsonObject reader = api.newMember("watchreader");
    String threadId = forum.startThread(token(author), board, "Levels", "Body.").getJsonObject("thread").getString("id");
    assertThat(api.put("/api/boards/" + board + "/watch", new JsonObject().put("level", "muted"), token(reader)).statusCode()).isEqualTo(204);
    assertThat(thread(reader, threadId).getString("watch")).isEqualTo("muted");
    assertThat(boardOf(reader, board).getString("watch")).isEqualTo("muted");
    assertThat(boardOf(author, board).getString("watch")).isEqualTo("normal");
    assertThat(api.put("/api/threads/" + threadId + "/watch", new JsonObject().put("level", "tracking"), token(reader)).statusCode()).isEqualTo(204);
    assertThat(thread(reader, threadId).getString("watch")).isEqualTo("tracking");
    forum.reply(token(reader), threadId, "I reply.", null);
    assertThat(thread(reader, threadId).getString("watch")).as("a chosen level stays when replying").isEqualTo("tracking");
  }
}
