package eu.urbis.ops;

import eu.urbis.support.ChatClient;
import eu.urbis.support.Eventually;
import eu.urbis.support.ServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static eu.urbis.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class MetricsTest {
  private static final String SCRAPER = "scraper-token-for-tests";
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start(config -> config.getJsonObject("http").put("metricsToken", SCRAPER));

  @Test
  void metricsArePrometheusTextWithPerRouteHttpLatencyPoolAndJvm() {
    server.api().get("/api/cities");
    server.api().get("/api/cities/gabrovo");

    var response = server.api().get("/metrics", SCRAPER);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.getHeader("Content-Type")).startsWith("text/plain");
    String text = response.bodyAsString();
    assertThat(text).contains("vertx_http_server_response_time_seconds_bucket");
    assertThat(text).contains("route=\"/api/cities/:id\"");
    assertThat(text).contains("vertx_pool_");
    assertThat(text).contains("jvm_memory_used_bytes");
  }

  @Test
  void chatReportsSendsAcksDeliveriesBatchesAndReplays() {
    String token = server.api().newMember("metered").getString("token");
    String room = ChatClient.newPublicRoom(server.api(), token, "Metered");
    try (ChatClient client = ChatClient.authenticated(server, token)) {
      client.join(room, null);
      client.say(room, "counted");
      client.join(room, 0L);
    }

    // The joined frame goes out before the replay is read, so the replay is counted a moment after join returns.
    String text = Eventually.within(Duration.ofSeconds(5), () -> server.api().get("/metrics", SCRAPER).bodyAsString(),
      metrics -> metrics.contains("urbis_chat_replay_size_count 1"));

    assertThat(text).contains("urbis_chat_sends_total 1.0").contains("urbis_chat_acks_total 1.0");
    assertThat(text).contains("urbis_chat_batch_size_count 1").contains("urbis_chat_replay_size_count 1");
    assertThat(text).contains("urbis_chat_deliveries_total").contains("urbis_chat_slow_consumer_disconnects_total 0.0");
    assertThat(text).contains("vertx_http_server_active_ws_connections");
  }

  @Test
  void metricsWithoutTheTokenOrWithAnotherTokenAre401() {
    assertProblem(server.api().get("/metrics"), 401);
    assertProblem(server.api().get("/metrics", "someone-else"), 401);
    String member = server.api().newMember("scrape").getString("token");
    assertProblem(server.api().get("/metrics", member), 401);
  }

  @Test
  void livenessAnswersWithoutTouchingTheDatabaseAndReadinessChecksIt() {
    assertThat(server.api().get("/health/live").statusCode()).isEqualTo(200);
    var ready = server.api().get("/health/ready");
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.bodyAsJsonObject().getJsonArray("checks").getJsonObject(0).getString("id")).isEqualTo("database");
  }
}
