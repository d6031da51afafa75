package eu.urbis.moderation;

import eu.urbis.forum.ForumApi;
import eu.urbis.support.Api;
import eu.urbis.support.Audit;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static eu.urbis.forum.ForumApi.created;
import static eu.urbis.forum.ForumApi.ok;
import static eu.urbis.support.ProblemAssert.assertFieldError;
import static eu.urbis.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class PostReportTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();
  private static final ForumApi forum = new ForumApi(api);
  private static String board;
  private static String moderatorToken;

  @BeforeAll
  static void setUp() {
    board = forum.board("everyone");
    moderatorToken = api.newUserWithRole("queue-mod", "moderator").getString("token");
  }

  /** A thread by a fresh author; answers its opening post. */
  private static JsonObject post(String title) {
    String author = api.newMember("author").getString("token");
    return forum.startThread(author, board, title, "Buy cheap watches at spam.example").getJsonObject("post");
  }

  private static JsonObject report(String token, String postId) {
    return created(api.post("/api/reports", new JsonObject().put("targetType", "post").put("targetId", postId).put("reason", "spam"), token));
  }

  private static JsonObject inQueue(String reportId) {
    JsonArray open = ok(api.get("/api/moderation/reports?status=open&limit=100", moderatorToken)).getJsonArray("items");
    return open.stream().map(JsonObject.class::cast).filter(r -> r.getString("id").equals(reportId)).findFirst().orElse(null);
  }

  @Test
  void moderatorsSeeAReportWithTheContentAndItsThread() {
    JsonObject post = post("Watches for sale");
    JsonObject report = report(api.newMember("reporter").getString("token"), post.getString("id"));

    assertThat(report.getString("status")).isEqualTo("open");
    JsonObject queued = inQueue(report.getString("id"));
    assertThat(queued).isNotNull();
    assertThat(queued.getJsonObject("content").getString("body")).contains("cheap watches");
    assertThat(queued.getJsonObject("content").getJsonObject("author").getString("id")).isEqualTo(post.getJsonObject("author").getString("id"));
    assertThat(queued.getJsonObject("context").getString("threadTitle")).isEqualTo("Watches for sale");
    assertThat(queued.getJsonObject("reporter").getString("role")).isEqualTo("member");
  }

  @Test
  void oneOpenReportPerUserPerTarget() {
    String reporter = api.newMember("twice").getString("token");
    String postId = post("Reported twice").getString("id");
    report(reporter, postId);
    assertProblem(api.post("/api/reports", new JsonObject().put("targetType", "post").put("targetId", postId).put("reason", "again"), reporter), 409);
  }

  @Test
  void dismissingKeepsThePostAndIsAudited() {
    JsonObject post = post("Harmless after all");
    String reportId = report(api.newMember("worried").getString("token"), post.getString("id")).getString("id");

    JsonObject resolved = ok(api.post("/api/moderation/reports/" + reportId + "/resolve",
      new JsonObject().put("action", "dismiss").put("note", "fine"), moderatorToken));

    assertThat(resolved.getString("status")).isEqualTo("resolved");
    assertThat(resolved.getString("resolution")).isEqualTo("dismiss");
    assertThat(resolved.getString("note")).isEqualTo("fine");
    assertThat(ok(api.get("/api/posts/" + post.getString("id"), moderatorToken)).getBoolean("deleted")).isFalse();
    assertThat(inQueue(reportId)).isNull();
    assertThat(Audit.count(server, "report.resolve", reportId)).isEqualTo(1);
  }

  @Test
  void deletingRemovesThePostAndAuditsBothActions() {
    JsonObject post = post("Spam to remove");
    String reportId = report(api.newMember("spotter").getString("token"), post.getString("id")).getString("id");

    JsonObject resolved = ok(api.post("/api/moderation/reports/" + reportId + "/resolve", new JsonObject().put("action", "delete"), moderatorToken));

    assertThat(resolved.getString("resolution")).isEqualTo("delete");
    assertThat(resolved.getJsonObject("content").getBoolean("deleted")).isTrue();
    JsonObject deleted = ok(api.get("/api/posts/" + post.getString("id"), moderatorToken));
    assertThat(deleted.getBoolean("deleted")).isTrue();
    assertThat(deleted.getString("body")).isEmpty();
    assertThat(Audit.count(server, "post.delete", post.getString("id"))).isEqualTo(1);
    assertThat(Audit.count(server, "report.resolve", reportId)).isEqualTo(1);
    assertProblem(api.post("/api/moderation/reports/" + reportId + "/resolve", new JsonObject().put("action", "dismiss"), moderatorToken), 409);
  }

  @Test
  void membersCannotSeeOrWorkTheQueue() {
    String member = api.newMember("curious").getString("token");
    String reportId = report(member, post("Queue is private").getString("id")).getString("id");
    assertProblem(api.get("/api/moderation/reports", member), 403);
    assertProblem(api.post("/api/moderation/reports/" + reportId + "/resolve", new JsonObject().put("action", "delete"), member), 403);
    assertThat(Audit.count(server, "report.resolve", reportId)).isZero();
  }

  @Test
  void theQueueListsOnlyOpenOrResolvedReports() {
    assertFieldError(api.get("/api/moderation/reports?status=pending", moderatorToken), "status", "one_of");
    ok(api.get("/api/moderation/reports?status=RESOLVED", moderatorToken));
  }

  @Test
  void badReportsAreRejected() {
    String member = api.newMember("sloppy").getString("token");
    String postId = post("Target").getString("id");
    assertFieldError(api.post("/api/reports", new JsonObject().put("targetType", "post").put("targetId", postId), member), "reason");
    assertFieldError(api.post("/api/reports", new JsonObject().put("targetType", "user").put("targetId", postId).put("reason", "x"), member), "targetType");
    assertProblem(api.post("/api/reports", new JsonObject().put("targetType", "post").put("targetId", "999999").put("reason", "x"), member), 404);
    assertFieldError(api.post("/api/moderation/reports/1/resolve", new JsonObject().put("action", "burn"), moderatorToken), "action");
  }
}
