package eu.urbis.auth;

import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static eu.urbis.support.ProblemAssert.assertFieldError;
import static org.assertj.core.api.Assertions.assertThat;

class InviteOnlyRegistrationTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start(config -> config.put("auth", new JsonObject()
    .put("openRegistration", false)
    .put("inviteCodes", new JsonArray().add("gabrovo-2026"))));

  private static JsonObject registration(String username) {
    return new JsonObject().put("username", username).put("password", "a long enough password").put("displayName", "Invited");
  }

  @Test
  void closedRegistrationRequiresAnInviteCode() {
    assertFieldError(server.api().post("/api/auth/register", registration("uninvited")), "inviteCode");
  }

  @Test
  void closedRegistrationRejectsAWrongInviteCode() {
    assertFieldError(server.api().post("/api/auth/register", registration("guesser").put("inviteCode", "guess")), "inviteCode");
  }

  @Test
  void closedRegistrationAcceptsAValidInviteCode() {
    var response = server.api().post("/api/auth/register", registration("invited").put("inviteCode", "gabrovo-2026"));
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(201);
  }
}
