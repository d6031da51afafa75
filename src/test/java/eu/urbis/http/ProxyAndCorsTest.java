package eu.urbis.http;

import eu.urbis.support.TestServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import org.junit.jupiter.api.Test;

import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

class ProxyAndCorsTest {

  private static int loginFrom(WebClient client, int port, String forwardedFor, String username) {
    return await(client.post(port, "127.0.0.1", "/api/auth/login")
      .putHeader("X-Forwarded-For", forwardedFor)
      .sendJsonObject(new JsonObject().put("username", username).put("password", "wrong password"))).statusCode();
  }

  @Test
  void corsIsClosedByDefault() {
    try (TestServer server = TestServer.start()) {
      var response = await(WebClient.create(server.vertx()).get(server.port(), "127.0.0.1", "/api/cities")
        .putHeader("Origin", "https://elsewhere.example").send());
      assertThat(response.getHeader("Access-Control-Allow-Origin")).isNull();
    }
  }

  @Test
  void configuredOriginsAndOnlyThoseMayCallTheApi() {
    try (TestServer server = TestServer.start(config -> config.getJsonObject("http").put("corsOrigins", new JsonArray().add("https://app.example")))) {
      WebClient client = WebClient.create(server.vertx());
      var allowed = await(client.get(server.port(), "127.0.0.1", "/api/cities").putHeader("Origin", "https://app.example").send());
      assertThat(allowed.getHeader("Access-Control-Allow-Origin")).isEqualTo("https://app.example");
      var other = await(client.get(server.port(), "127.0.0.1", "/api/cities").putHeader("Origin", "https://evil.example").send());
      assertThat(other.getHeader("Access-Control-Allow-Origin")).isNull();
    }
  }

  @Test
  void forwardedHeadersCountOnlyFromTrustedProxies() {
    try (TestServer direct = TestServer.start(config -> config.put("rateLimits", config.getJsonObject("rateLimits").put("loginFailuresPerIp", 1)))) {
      WebClient client = WebClient.create(direct.vertx());
      assertThat(loginFrom(client, direct.port(), "203.0.113.1", "someone")).isEqualTo(401);
      assertThat(loginFrom(client, direct.port(), "203.0.113.2", "someone-else")).as("a made-up address is ignored").isEqualTo(429);
    }
    try (TestServer proxied = TestServer.start(config -> {
      config.getJsonObject("http").put("trustedProxies", new JsonArray().add("127.0.0.1"));
      config.put("rateLimits", config.getJsonObject("rateLimits").put("loginFailuresPerIp", 1));
    })) {
      WebClient client = WebClient.create(proxied.vertx());
      assertThat(loginFrom(client, proxied.port(), "203.0.113.1", "someone")).isEqualTo(401);
      assertThat(loginFrom(client, proxied.port(), "203.0.113.2", "someone-else")).as("the proxy's word is taken").isEqualTo(401);
      var overTls = await(client.get(proxied.port(), "127.0.0.1", "/api/cities").putHeader("X-Forwarded-Proto", "https").send());
      assertThat(overTls.getHeader("Strict-Transport-Security")).startsWith("max-age=");
      var plain = await(client.get(proxied.port(), "127.0.0.1", "/api/cities").send());
      assertThat(plain.getHeader("Strict-Transport-Security")).isNull();
    }
  }
}
