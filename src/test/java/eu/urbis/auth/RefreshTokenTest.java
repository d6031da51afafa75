package eu.urbis.auth;

import eu.urbis.support.Api;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static eu.urbis.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class RefreshTokenTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();

  private static JsonObject refresh(String refreshToken) {
    var response = api.post("/api/auth/refresh", new JsonObject().put("refreshToken", refreshToken));
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    return response.bodyAsJsonObject();
  }

  @Test
  void refreshRotatesTheTokenAndTheOldOneStopsWorking() {
    String first = api.newMember("rotate").getString("refreshToken");
    JsonObject rotated = refresh(first);

    assertThat(rotated.getString("refreshToken")).isNotEqualTo(first);
    assertThat(api.get("/api/me", rotated.getString("token")).statusCode()).isEqualTo(200);
    assertProblem(api.post("/api/auth/refresh", new JsonObject().put("refreshToken", first)), 401);
  }

  @Test
  void reusingAnOldRefreshTokenRevokesTheWholeFamily() {
    String first = api.newMember("reuse").getString("refreshToken");
    String second = refresh(first).getString("refreshToken");

    assertProblem(api.post("/api/auth/refresh", new JsonObject().put("refreshToken", first)), 401);
    assertProblem(api.post("/api/auth/refresh", new JsonObject().put("refreshToken", second)), 401);
  }

  @Test
  void reuseRevokesOnlyThatLoginsFamily() {
    JsonObject registered = api.newMember("families");
    String otherLogin = api.login(registered.getJsonObject("user").getString("username")).getString("refreshToken");
    String first = registered.getString("refreshToken");
    refresh(first);
    assertProblem(api.post("/api/auth/refresh", new JsonObject().put("refreshToken", first)), 401);

    assertThat(refresh(otherLogin).getString("token")).isNotBlank();
  }

  @Test
  void logoutRevokesTheRefreshToken() {
    String refreshToken = api.newMember("logout").getString("refreshToken");
    var logout = api.post("/api/auth/logout", new JsonObject().put("refreshToken", refreshToken));
    assertThat(logout.statusCode()).isEqualTo(204);
    assertProblem(api.post("/api/auth/refresh", new JsonObject().put("refreshToken", refreshToken)), 401);
  }

  @Test
  void aRefreshTokenExpiresWhenItsThirtyDaysHavePassed() {
    String young = api.newMember("aging").getString("refreshToken");
    server.clock().advance(Duration.ofDays(30).minusMinutes(1));
    String renewed = refresh(young).getString("refreshToken");

    server.clock().advance(Duration.ofDays(30));

    assertProblem(api.post("/api/auth/refresh", new JsonObject().put("refreshToken", renewed)), 401);
  }

  @Test
  void anUnknownRefreshTokenIsA401() {
    assertProblem(api.post("/api/auth/refresh", new JsonObject().put("refreshToken", "made-up")), 401);
  }
}
