package eu.urbis.auth;

import eu.urbis.support.Api;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static eu.urbis.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** An access token stops working the moment its session is logged out, not when it expires. */
class LogoutEndsAccessTokensTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();

  private static void logout(JsonObject session) {
    var logout = api.post("/api/auth/logout", new JsonObject().put("refreshToken", session.getString("refreshToken")));
    assertThat(logout.statusCode()).isEqualTo(204);
  }

  @Test
  void aTokenInUseIs401RightAfterItsSessionLogsOutAndTheUsersOtherSessionKeepsWorking() {
    JsonObject phone = api.newMember("logout-live");
    JsonObject laptop = api.login(phone.getJsonObject("user").getString("username"));
    assertThat(api.get("/api/me", phone.getString("token")).statusCode()).isEqualTo(200);

    logout(phone);

    assertProblem(api.get("/api/me", phone.getString("token")), 401);
    assertThat(api.get("/api/me", laptop.getString("token")).statusCode()).isEqualTo(200);
  }

  @Test
  void aTokenFirstShownAfterItsSessionLoggedOutIs401() {
    JsonObject session = api.newMember("logout-unseen");

    logout(session);

    assertProblem(api.get("/api/me", session.getString("token")), 401);
  }

  @Test
  void aTokenFromARefreshIsEndedByTheLogoutOfItsSessionToo() {
    JsonObject session = api.newMember("logout-refreshed");
    JsonObject refreshed = api.post("/api/auth/refresh", new JsonObject().put("refreshToken", session.getString("refreshToken")))
      .bodyAsJsonObject();
    assertThat(api.get("/api/me", refreshed.getString("token")).statusCode()).isEqualTo(200);

    logout(refreshed);

    assertProblem(api.get("/api/me", refreshed.getString("token")), 401);
    assertProblem(api.get("/api/me", session.getString("token")), 401);
  }
}
