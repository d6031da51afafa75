package eu.urbis.moderation;

import eu.urbis.support.Api;
import eu.urbis.support.ServerExtension;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static eu.urbis.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class AuditLogTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();

  @Test
  void moderatorsPageTheAuditLogNewestFirstWithoutGapsOrRepeats() {
    String moderatorToken = api.newUserWithRole("auditor", "moderator").getString("token");
    List<String> targets = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String id = api.newMember("audited").getJsonObject("user").getString("id");
      api.post("/api/users/" + id + "/suspend", new JsonObject().put("reason", "r" + i), moderatorToken);
      targets.add(id);
    }

    List<JsonObject> seen = new ArrayList<>();
    String cursor = null;
    do {
      var page = api.get("/api/moderation/audit?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), moderatorToken);
      assertThat(page.statusCode()).isEqualTo(200);
      JsonArray items = page.bodyAsJsonObject().getJsonArray("items");
      assertThat(items.size()).isLessThanOrEqualTo(2);
      items.forEach(item -> seen.add((JsonObject) item));
      cursor = page.bodyAsJsonObject().getString("next");
    } while (cursor != null);

    List<String> suspendedTargets = seen.stream().filter(e -> e.getString("action").equals("user.suspend")).map(e -> e.getString("targetId")).toList();
    Collections.reverse(targets);
    assertThat(suspendedTargets).containsExactlyElementsOf(targets);
    assertThat(seen.stream().map(e -> e.getString("id")).distinct().count()).isEqualTo(seen.size());
    JsonObject newest = seen.get(0);
    assertThat(newest.getJsonObject("actor").getString("role")).isEqualTo("moderator");
    assertThat(newest.getJsonObject("detail").getString("reason")).isEqualTo("r4");
    assertThat(newest.getString("at")).isNotBlank();
  }

  /** B13: an entry names its target and the ids in its detail, and says which thread it is in, for people to read. */
  @Test
  void entriesNameTheirTargetsAndTheThreadTheyAreIn() {
    JsonObject moderator = api.newUserWithRole("namer", "moderator");
    String token = moderator.getString("token");
    JsonObject author = api.newMember("author");
    String board = api.post("/api/boards", new JsonObject().put("slug", "audit-names").put("name", "Audit names")
      .put("description", "For tests").put("postPolicy", "everyone"), api.adminToken()).bodyAsJsonObject().getString("id");
    JsonObject started = api.post("/api/boards/" + board + "/threads",
      new JsonObject().put("title", "Cycle lanes").put("body", "Paint or kerbs?"), author.getString("token")).bodyAsJsonObject();
    String thread = started.getJsonObject("thread").getString("id");
    String post = started.getJsonObject("post").getString("id");
    api.patch("/api/threads/" + thread, new JsonObject().put("locked", true), token);
    api.delete("/api/posts/" + post, token);

    JsonArray items = api.get("/api/moderation/audit?limit=4", token).bodyAsJsonObject().getJsonArray("items");
    JsonObject delete = items.getJsonObject(0);
    JsonObject lock = items.getJsonObject(1);
    JsonObject promotion = items.stream().map(JsonObject.class::cast).filter(entry -> entry.getString("action").equals("user.role"))
      .findFirst().orElseThrow();
    assertThat(promotion.getString("targetName")).isEqualTo(moderator.getJsonObject("user").getString("displayName"));
    assertThat(delete.getString("targetType")).isEqualTo("post");
    assertThat(delete.getString("targetName")).isEqualTo("Cycle lanes");
    assertThat(delete.getString("targetThreadId")).isEqualTo(thread);
    assertThat(delete.getJsonObject("detailNames").getString("authorId")).isEqualTo(author.getJsonObject("user").getString("displayName"));
    assertThat(lock.getString("targetName")).isEqualTo("Cycle lanes");
    assertThat(lock.getJsonObject("detailNames").getString("fromBoardId")).isEqualTo("Audit names");
  }

  @Test
  void membersCannotReadTheAuditLog() {
    assertProblem(api.get("/api/moderation/audit", api.newMember("nosy").getString("token")), 403);
  }

  @Test
  void theAuditLogCannotBeChangedThroughTheApi() {
    String token = api.adminToken();
    assertProblem(api.delete("/api/moderation/audit", token), 405);
    assertProblem(api.raw(HttpMethod.PATCH, "/api/moderation/audit", "application/json", Buffer.buffer("{}"), token), 405);
  }
}
