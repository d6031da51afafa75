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
