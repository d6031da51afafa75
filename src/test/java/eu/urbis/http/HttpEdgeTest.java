package eu.urbis.http;

import eu.urbis.support.Api;
import eu.urbis.support.ServerExtension;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static eu.urbis.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class HttpEdgeTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start(config -> config.getJsonObject("http").put("bodyLimitBytes", 4096));
  private static final Api api = server.api();

  @Test
  void anOversizedBodyIsA413() {
    JsonObject huge = new JsonObject().put("username", "big").put("password", "x".repeat(10_000)).put("displayName", "Big");
    assertProblem(api.post("/api/auth/register", huge), 413);
  }

  @Test
  void malformedJsonIsA400() {
    assertProblem(api.raw(HttpMethod.POST, "/api/auth/login", "application/json", Buffer.buffer("{\"username\": "), null), 400);
  }

  @Test
  void aJsonArrayWhereAnObjectBelongsIsA400() {
    assertProblem(api.raw(HttpMethod.POST, "/api/auth/login", "application/json", Buffer.buffer("[1,2]"), null), 400);
  }

  @Test
  void aBodyThatIsNotJsonIsA415() {
    assertProblem(api.raw(HttpMethod.POST, "/api/auth/login", "text/plain", Buffer.buffer("username=a"), null), 415);
    assertProblem(api.raw(HttpMethod.POST, "/api/auth/login", "application/x-www-form-urlencoded", Buffer.buffer("a=b"), null), 415);
  }

  @Test
  void anUnknownRouteIsA404Problem() {
    assertProblem(api.get("/api/no-such-thing"), 404);
    assertProblem(api.get("/no-such-page.html"), 404);
  }

  @Test
  void aWrongMethodIsA405Problem() {
    assertProblem(api.raw(HttpMethod.DELETE, "/api/cities", null, null, null), 405);
  }

  @Test
  void responsesCarrySecurityHeaders() {
    var response = api.get("/api/cities");
    assertThat(response.getHeader("Content-Security-Policy")).contains("default-src 'self'").doesNotContain("unsafe-inline");
    assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(response.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
  }

  @Test
  void theUiShellIsServedAtTheRoot() {
    var page = api.get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.getHeader("Content-Type")).startsWith("text/html");
    assertThat(page.bodyAsString()).contains("<title>Urbis</title>").contains("/app.js");
    assertThat(api.get("/app.js").statusCode()).isEqualTo(200);
  }
}
