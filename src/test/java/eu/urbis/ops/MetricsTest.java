package eu.urbis.ops;

import eu.urbis.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MetricsTest {
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void metricsArePrometheusTextWithPerRouteHttpLatencyPoolAndJvm() {
    server.api().get("/api/cities");
    server.api().get("/api/cities/gabrovo");

    var response = server.api().get("/metrics");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.getHeader("Content-Type")).startsWith("text/plain");
    String text = response.bodyAsString();
    assertThat(text).contains("vertx_http_server_response_time_seconds_bucket");
    assertThat(text).contains("route=\"/api/cities/:id\"");
    assertThat(text).contains("vertx_pool_");
    assertThat(text).contains("jvm_memory_used_bytes");
  }

  @Test
  void livenessAnswersWithoutTouchingTheDatabaseAndReadinessChecksIt() {
    assertThat(server.api().get("/health/live").statusCode()).isEqualTo(200);
    var ready = server.api().get("/health/ready");
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.bodyAsJsonObject().getJsonArray("checks").getJsonObject(0).getString("id")).isEqualTo("database");
  }
}
