package eu.urbis.forum;

import eu.urbis.support.Api;
import eu.urbis.support.ServerExtension;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.stream.IntStream;

import static eu.urbis.support.ProblemAssert.assertFieldError;
import static eu.urbis.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class ForumValidationTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();
  private static final ForumApi forum = new ForumApi(api);
  private static String token;
  private static String board;
  private static String thread;
  private static String post;

  @BeforeAll
  static void setUp() {
    token = api.newUserWithRole("validator", "mentor").getString("token");
    board = forum.board("everyone");
    JsonObject started = forum.startThread(token, board, "Valid thread", "Valid body");
    thread = started.getJsonObject("thread").getString("id");
    post = started.getJsonObject("post").getString("id");
  }

  private static JsonObject draft() {
    return new JsonObject().put("title", "A fine title").put("body", "A fine body");
  }

  private static JsonObject practice() {
    return new JsonObject().put("cityId", "gabrovo").put("theme", "open-data").put("summary", "What we did")
      .put("outcomes", "What came of it").put("links", new JsonArray().add("https://example.org/report"));
  }

  private static io.vertx.ext.web.client.HttpResponse<Buffer> start(JsonObject draft) {
    return api.post("/api/boards/" + board + "/threads", draft, token);
  }

  @Test
  void aTitleOfTwoCharactersIsRejected() {
    assertFieldError(start(draft().put("title", "ab")), "title");
  }

  @Test
  void aTitleOverTwoHundredCharactersIsRejected() {
    assertFieldError(start(draft().put("title", "t".repeat(201))), "title");
  }

  @Test
  void aBlankBodyIsRejected() {
    assertFieldError(start(draft().put("body", "   ")), "body");
  }

  @Test
  void aBodyOfFiftyThousandCharactersIsAcceptedAndOneMoreIsNot() {
    assertThat(start(draft().put("body", "b".repeat(50_000))).statusCode()).isEqualTo(201);
    assertFieldError(start(draft().put("body", "b".repeat(50_001))), "body");
  }

  @Test
  void deeplyNestedQuotesAreA400OnThreadsRepliesAndEditsNotAServerError() {
    assertFieldError(start(draft().put("body", ">".repeat(50_000))), "body");
    assertFieldError(api.post("/api/threads/" + thread + "/posts", new JsonObject().put("body", ">".repeat(3_000)), token), "body");
    assertFieldError(api.patch("/api/posts/" + post, new JsonObject().put("body", "> ".repeat(15_000)), token), "body");
  }

  @Test
  void quotesInListsInQuotesAFewLevelsDeepAreFine() {
    String nested = "> - > - > - > quoted deep\n" + "- ".repeat(8) + "listed deep";
    assertThat(start(draft().put("body", nested)).statusCode()).isEqualTo(201);
  }

  @Test
  void elevenTagsAreTooMany() {
    JsonArray tags = new JsonArray();
    IntStream.range(0, 11).forEach(i -> tags.add("tag-" + i));
    assertFieldError(start(draft().put("tags", tags)), "tags");
  }

  @Test
  void aTagOutsideTheAlphabetIsRejected() {
    assertFieldError(start(draft().put("tags", new JsonArray().add("Open Data"))), "tags");
    assertFieldError(start(draft().put("tags", new JsonArray().add("x".repeat(33)))), "tags");
  }

  @Test
  void everyViolationIsNamedAtOnce() {
    JsonObject problem = assertFieldError(start(new JsonObject().put("title", "").put("kind", "rant")), "title");
    assertThat(problem.getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("field")))
      .contains("title", "body", "kind");
  }

  @Test
  void aPracticeThreadNeedsItsPractice() {
    assertFieldError(start(draft().put("kind", "practice")), "practice");
  }

  @Test
  void aPracticeWithAnUnknownThemeIsRejected() {
    assertFieldError(start(draft().put("kind", "practice").put("practice", practice().put("theme", "astrology"))), "practice.theme");
  }

  @Test
  void aPracticeWithAnUnknownCityIsRejected() {
    assertFieldError(start(draft().put("kind", "practice").put("practice", practice().put("cityId", "atlantis"))), "practice.cityId");
  }

  @Test
  void aPracticeLinkMustBeHttp() {
    JsonObject bad = practice().put("links", new JsonArray().add("javascript:alert(1)"));
    assertFieldError(start(draft().put("kind", "practice").put("practice", bad)), "practice.links");
  }

  @Test
  void aPracticeMissingItsSummaryNamesTheField() {
    JsonObject bad = practice();
    bad.remove("summary");
    assertFieldError(start(draft().put("kind", "practice").put("practice", bad)), "practice.summary");
  }

  @Test
  void aDiscussionCannotCarryAPractice() {
    assertFieldError(start(draft().put("practice", practice())), "practice");
  }

  @Test
  void aReplyNeedsABody() {
    assertFieldError(api.post("/api/threads/" + thread + "/posts", new JsonObject(), token), "body");
  }

  @Test
  void anEditNeedsABody() {
    assertFieldError(api.patch("/api/posts/" + post, new JsonObject().put("body", ""), token), "body");
  }

  @Test
  void aNonNumericParentIsRejected() {
    assertFieldError(api.post("/api/threads/" + thread + "/posts", new JsonObject().put("body", "x").put("parentId", "abc"), token), "parentId");
  }

  @Test
  void aRenameToTwoCharactersIsRejected() {
    assertFieldError(api.patch("/api/threads/" + thread, new JsonObject().put("title", "ab"), token), "title");
  }

  @Test
  void aMoveToAnUnknownBoardIsRejected() {
    String moderator = api.newUserWithRole("mod", "moderator").getString("token");
    assertFieldError(api.patch("/api/threads/" + thread, new JsonObject().put("boardId", "999999"), moderator), "boardId");
  }

  @Test
  void badPagingParametersAreRejected() {
    assertFieldError(api.get("/api/boards/" + board + "/threads?limit=101", token), "limit");
    assertFieldError(api.get("/api/boards/" + board + "/threads?cursor=not-ours", token), "cursor");
    assertFieldError(api.get("/api/threads/" + thread + "/posts?cursor=e30", token), "cursor");
    assertFieldError(api.get("/api/boards/" + board + "/threads?kind=rant", token), "kind");
  }

  @Test
  void unknownBoardsThreadsAndPostsAre404EvenWhenNotNumbers() {
    for (String id : new String[] {"999999", "not-a-number"}) {
      assertProblem(api.get("/api/boards/" + id + "/threads", token), 404);
      assertProblem(api.post("/api/boards/" + id + "/threads", draft(), token), 404);
      assertProblem(api.get("/api/threads/" + id, token), 404);
      assertProblem(api.get("/api/threads/" + id + "/posts", token), 404);
      assertProblem(api.post("/api/threads/" + id + "/posts", new JsonObject().put("body", "x"), token), 404);
      assertProblem(api.patch("/api/threads/" + id, new JsonObject().put("title", "Renamed"), token), 404);
      assertProblem(api.patch("/api/posts/" + id, new JsonObject().put("body", "x"), token), 404);
      assertProblem(api.delete("/api/posts/" + id, token), 404);
      assertProblem(api.get("/api/posts/" + id + "/history", token), 404);
      assertProblem(api.put("/api/posts/" + id + "/reactions/+1", token), 404);
    }
  }

  @Test
  void malformedBodiesAreProblems() {
    assertProblem(api.raw(HttpMethod.POST, "/api/boards/" + board + "/threads", "application/json", Buffer.buffer("{"), token), 400);
    assertProblem(api.raw(HttpMethod.POST, "/api/threads/" + thread + "/posts", "text/plain", Buffer.buffer("hi"), token), 415);
    assertProblem(api.raw(HttpMethod.POST, "/api/threads/" + thread + "/posts", "application/json", Buffer.buffer("[]"), token), 400);
    assertFieldError(start(draft().put("tags", "not-a-list")), "tags");
    assertFieldError(start(draft().put("title", 42)), "title");
  }
}
