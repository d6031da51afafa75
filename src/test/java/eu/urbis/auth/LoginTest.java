package eu.urbis.auth;

import eu.urbis.support.Api;
import eu.urbis.support.ServerExtension;
import eu.urbis.support.TestServer;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static eu.urbis.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class LoginTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start(config -> config.put("rateLimits", config.getJsonObject("rateLimits")
    .put("loginFailuresPerUsernameAndIp", 3)
    .put("loginFailuresPerIp", 1000)
    .put("loginWindowSeconds", 900)));
  private static final Api api = server.api();

  private static JsonObject credentials(String username, String password) {
    return new JsonObject().put("username", username).put("password", password);
  }

  @Test
  void correctCredentialsAnswerTokensAndTheUser() {
    String username = api.newMember("login-ok").getJsonObject("user").getString("username");
    var response = api.post("/api/auth/login", credentials(username, TestServer.PASSWORD));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.bodyAsJsonObject().getJsonObject("user").getString("username")).isEqualTo(username);
    assertThat(response.bodyAsJsonObject().getString("token")).isNotBlank();
    assertThat(response.bodyAsJsonObject().getString("refreshToken")).isNotBlank();
  }

  @Test
  void wrongPasswordAndUnknownUserGetTheSameAnswer() {
    String username = api.newMember("login-same").getJsonObject("user").getString("username");
    JsonObject wrongPassword = assertProblem(api.post("/api/auth/login", credentials(username, "not the password")), 401);
    JsonObject unknownUser = assertProblem(api.post("/api/auth/login", credentials("nobody-" + username, "not the password")), 401);
    assertThat(wrongPassword).isEqualTo(unknownUser);
  }

  @Test
  void repeatedFailuresForOneUsernameAreRateLimitedWithRetryAfter() {
    String username = api.newMember("login-limit").getJsonObject("user").getString("username");
    for (int i = 0; i < 3; i++) {
      assertProblem(api.post("/api/auth/login", credentials(username, "wrong guess " + i)), 401);
    }
    var limited = api.post("/api/auth/login", credentials(username, TestServer.PASSWORD));
    assertProblem(limited, 429);
    assertThat(Long.parseLong(limited.getHeader("Retry-After"))).isBetween(1L, 900L);
  }

  @Test
  void repeatedFailuresFromOneAddressAreRateLimitedAcrossUsernames() {
    try (TestServer strict = TestServer.start(config -> config.put("rateLimits", config.getJsonObject("rateLimits").put("loginFailuresPerIp", 2)))) {
      assertProblem(strict.api().post("/api/auth/login", credentials("someone-a", "wrong password")), 401);
      assertProblem(strict.api().post("/api/auth/login", credentials("someone-b", "wrong password")), 401);
      assertProblem(strict.api().post("/api/auth/login", credentials(TestServer.ADMIN, TestServer.PASSWORD)), 429);
    }
  }

  @Test
  void missingFieldsAreA400() {
    assertProblem(api.post("/api/auth/login", new JsonObject()), 400);
  }
}
