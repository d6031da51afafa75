package eu.urbis.user;

import eu.urbis.support.Api;
import eu.urbis.support.Audit;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static eu.urbis.support.ProblemAssert.assertFieldError;
import static eu.urbis.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class RoleChangeTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();

  @Test
  void anAdminPromotesAMemberAndTheChangeIsAudited() {
    String id = api.newMember("promoted").getJsonObject("user").getString("id");
    var response = api.patch("/api/users/" + id, new JsonObject().put("role", "mentor"), api.adminToken());

    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    assertThat(response.bodyAsJsonObject().getString("role")).isEqualTo("mentor");
    List<Row> audit = Audit.entries(server, "user.role", id);
    assertThat(audit).hasSize(1);
    assertThat(audit.get(0).getJsonObject("detail")).isEqualTo(new JsonObject().put("from", "member").put("to", "mentor"));
  }

  @Test
  void theNewRoleHoldsOnTheNextRequestWithTheSameToken() {
    JsonObject session = api.newMember("fresh-role");
    String id = session.getJsonObject("user").getString("id");
    api.patch("/api/users/" + id, new JsonObject().put("role", "moderator"), api.adminToken());
    assertThat(api.get("/api/me", session.getString("token")).bodyAsJsonObject().getString("role")).isEqualTo("moderator");
  }

  @Test
  void aMemberCannotChangeRolesAndNothingIsAudited() {
    JsonObject member = api.newMember("climber");
    String id = member.getJsonObject("user").getString("id");
    assertProblem(api.patch("/api/users/" + id, new JsonObject().put("role", "admin"), member.getString("token")), 403);
    assertThat(api.get("/api/users/" + id, member.getString("token")).bodyAsJsonObject().getString("role")).isEqualTo("member");
    assertThat(Audit.count(server, "user.role", id)).isZero();
  }

  @Test
  void aModeratorCannotChangeRoles() {
    JsonObject moderator = api.newUserWithRole("mod", "moderator");
    String target = api.newMember("target").getJsonObject("user").getString("id");
    assertProblem(api.patch("/api/users/" + target, new JsonObject().put("role", "mentor"), moderator.getString("token")), 403);
  }

  @Test
  void theLastAdminCannotBeDemoted() {
    String adminToken = api.adminToken();
    String adminId = api.get("/api/me", adminToken).bodyAsJsonObject().getString("id");
    assertProblem(api.patch("/api/users/" + adminId, new JsonObject().put("role", "member"), adminToken), 409);
    assertThat(api.get("/api/me", adminToken).bodyAsJsonObject().getString("role")).isEqualTo("admin");
  }

  @Test
  void anUnknownRoleIsA400() {
    String id = api.newMember("odd-role").getJsonObject("user").getString("id");
    assertFieldError(api.patch("/api/users/" + id, new JsonObject().put("role", "emperor"), api.adminToken()), "role");
  }

  @Test
  void anUnknownUserIsA404() {
    assertProblem(api.patch("/api/users/999999", new JsonObject().put("role", "mentor"), api.adminToken()), 404);
    assertProblem(api.get("/api/users/not-a-number", api.adminToken()), 404);
  }

  @Test
  void aProfileShowsPublicFieldsOnly() {
    JsonObject viewer = api.newMember("viewer");
    String id = api.newMember("profile").getJsonObject("user").getString("id");
    JsonObject profile = api.get("/api/users/" + id, viewer.getString("token")).bodyAsJsonObject();
    assertThat(profile.fieldNames()).containsExactlyInAnyOrder("id", "username", "displayName", "cityId", "role", "cityRole", "status", "locale");
  }
}
