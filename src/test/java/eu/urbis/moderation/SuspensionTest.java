package eu.urbis.moderation;

import eu.urbis.support.Api;
import eu.urbis.support.Audit;
import eu.urbis.support.ServerExtension;
import eu.urbis.support.TestServer;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

import static eu.urbis.support.ProblemAssert.assertFieldError;
import static eu.urbis.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class SuspensionTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();
  private static String moderatorToken;

  @BeforeAll
  static void setUp() {
    moderatorToken = api.newUserWithRole("mod", "moderator").getString("token");
  }

  @Test
  void aSuspensionBitesOnTheVeryNextRequestAndSaysUntilWhen() {
    JsonObject member = api.newMember("suspended");
    String id = member.getJsonObject("user").getString("id");
    String until = server.clock().instant().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    assertThat(api.get("/api/me", member.getString("token")).statusCode()).isEqualTo(200);

    var suspended = api.post("/api/users/" + id + "/suspend", new JsonObject().put("until", until).put("reason", "spam"), moderatorToken);

    assertThat(suspended.statusCode()).as(suspended.bodyAsString()).isEqualTo(200);
    assertThat(suspended.bodyAsJsonObject().getString("status")).isEqualTo("suspended");
    JsonObject problem = assertProblem(api.get("/api/me", member.getString("token")), 403);
    assertThat(problem.getString("type")).isEqualTo("/problems/suspended");
    assertThat(problem.getString("suspendedUntil")).isEqualTo(until);
    assertThat(problem.getString("reason")).isEqualTo("spam");
    assertThat(Audit.count(server, "user.suspend", id)).isEqualTo(1);
  }

  @Test
  void aSuspendedUserCannotLogInOrRefresh() {
    JsonObject member = api.newMember("locked-out");
    String id = member.getJsonObject("user").getString("id");
    api.post("/api/users/" + id + "/suspend", new JsonObject().putNull("until").put("reason", "abuse"), moderatorToken);

    JsonObject login = assertProblem(api.post("/api/auth/login",
      new JsonObject().put("username", member.getJsonObject("user").getString("username")).put("password", TestServer.PASSWORD)), 403);
    assertThat(login.getString("detail")).contains("until a moderator lifts");
    assertProblem(api.post("/api/auth/refresh", new JsonObject().put("refreshToken", member.getString("refreshToken"))), 403);
  }

  @Test
  void unsuspendingRestoresAccessAndIsAudited() {
    JsonObject member = api.newMember("reinstated");
    String id = member.getJsonObject("user").getString("id");
    api.post("/api/users/" + id + "/suspend", new JsonObject().put("reason", "cool-off"), moderatorToken);
    assertProblem(api.get("/api/me", member.getString("token")), 403);

    var lifted = api.post("/api/users/" + id + "/unsuspend", new JsonObject(), moderatorToken);

    assertThat(lifted.bodyAsJsonObject().getString("status")).isEqualTo("active");
    assertThat(api.get("/api/me", member.getString("token")).statusCode()).isEqualTo(200);
    assertThat(Audit.count(server, "user.unsuspend", id)).isEqualTo(1);
  }

  @Test
  void aSuspensionEndsByItselfAtItsEnd() {
    JsonObject member = api.newMember("expiring");
    String id = member.getJsonObject("user").getString("id");
    String username = member.getJsonObject("user").getString("username");
    String inAnHour = server.clock().instant().plus(Duration.ofHours(1)).toString();
    api.post("/api/users/" + id + "/suspend", new JsonObject().put("until", inAnHour).put("reason", "r"), moderatorToken);
    assertProblem(api.get("/api/me", member.getString("token")), 403);

    server.clock().advance(Duration.ofHours(1).plusSeconds(1));

    assertThat(api.login(username).getJsonObject("user").getString("status")).isEqualTo("active");
    assertThat(api.get("/api/me", member.getString("token")).statusCode()).isEqualTo(200);
  }

  @Test
  void aModeratorCannotSuspendAnAdmin() {
    String adminId = api.get("/api/me", api.adminToken()).bodyAsJsonObject().getString("id");
    assertProblem(api.post("/api/users/" + adminId + "/suspend", new JsonObject().put("reason", "coup"), moderatorToken), 403);
    assertThat(Audit.count(server, "user.suspend", adminId)).isZero();
  }

  @Test
  void nobodyCanSuspendThemselves() {
    String adminToken = api.adminToken();
    String adminId = api.get("/api/me", adminToken).bodyAsJsonObject().getString("id");
    assertProblem(api.post("/api/users/" + adminId + "/suspend", new JsonObject().put("reason", "tired"), adminToken), 403);
  }

  @Test
  void aMemberCannotSuspendAnyone() {
    JsonObject member = api.newMember("vigilante");
    String target = api.newMember("victim").getJsonObject("user").getString("id");
    assertProblem(api.post("/api/users/" + target + "/suspend", new JsonObject().put("reason", "x"), member.getString("token")), 403);
    assertThat(Audit.count(server, "user.suspend", target)).isZero();
  }

  @Test
  void aSuspensionNeedsAReasonAndAFutureEnd() {
    String target = api.newMember("paperwork").getJsonObject("user").getString("id");
    assertFieldError(api.post("/api/users/" + target + "/suspend", new JsonObject(), moderatorToken), "reason");
    assertFieldError(api.post("/api/users/" + target + "/suspend",
      new JsonObject().put("reason", "x").put("until", "2001-01-01T00:00:00Z"), moderatorToken), "until");
    assertFieldError(api.post("/api/users/" + target + "/suspend",
      new JsonObject().put("reason", "x").put("until", "next tuesday"), moderatorToken), "until");
    assertThat(Audit.count(server, "user.suspend", target)).isZero();
  }
}
