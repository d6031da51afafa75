package eu.urbis.http;

import eu.urbis.db.EmbeddedDatabase;
import eu.urbis.support.TestServer;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs on a PostgreSQL of its own, since it stops it. */
class HealthTest {
  private static EmbeddedDatabase database;
  private static TestServer server;

  @BeforeAll
  static void start() {
    database = EmbeddedDatabase.start(TestServer.tempDir());
    server = TestServer.start(database.url(), config -> { });
  }

  @AfterAll
  static void stop() {
    server.close();
    database.close();
  }

  @Test
  void healthIsUpWhileTheDatabaseAnswersAndDownWhenItStops() {
    var up = server.api().get("/health");
    assertThat(up.statusCode()).isEqualTo(200);
    JsonObject body = up.bodyAsJsonObject();
    assertThat(body.getString("status")).isEqualTo("UP");
    assertThat(body.getJsonArray("checks").getJsonObject(0).getString("id")).isEqualTo("database");

    database.close();

    var down = server.api().get("/health");
    assertThat(down.statusCode()).isEqualTo(503);
    assertThat(down.bodyAsJsonObject().getString("status")).isEqualTo("DOWN");
    var api = server.api().get("/api/cities");
    assertThat(api.statusCode()).as(api.bodyAsString()).isEqualTo(503);
    assertThat(api.getHeader("Content-Type")).startsWith("application/problem+json");
  }
}
