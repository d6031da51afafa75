package eu.urbis.auth;

import eu.urbis.support.ServerExtension;
import eu.urbis.support.TestServer;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static eu.urbis.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class RegistrationRateLimitTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start(config -> config.put("rateLimits", config.getJsonObject("rateLimits").put("registrationsPerIp", 2)));

  @Test
  void registrationsFromOneAddressAreLimitedWithRetryAfter() {
    server.api().newMember("first");
    server.api().newMember("second");
    var third = server.api().post("/api/auth/register", new JsonObject()
      .put("username", "third").put("password", TestServer.PASSWORD).put("displayName", "Third"));
    assertProblem(third, 429);
    assertThat(third.getHeader("Retry-After")).isNotBlank();
  }
}
