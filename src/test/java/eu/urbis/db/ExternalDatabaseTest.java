package eu.urbis.db;

import eu.urbis.support.TestServer;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server against a PostgreSQL it did not start, given by URBIS_TEST_EXTERNAL_DB
 * (e.g. postgresql://postgres@127.0.0.1:5432/postgres). It works in a database of its own and drops it after.
 */
@EnabledIfEnvironmentVariable(named = "URBIS_TEST_EXTERNAL_DB", matches = "postgres.*")
class ExternalDatabaseTest {
  private static DatabaseUrl maintenance;
  private static DatabaseUrl scratch;
  private static TestServer server;

  @BeforeAll
  static void start() throws SQLException {
    maintenance = DatabaseUrl.parse(System.getenv("URBIS_TEST_EXTERNAL_DB")).withDefaults(null, null);
    scratch = maintenance.withDatabase("urbis_external_" + ProcessHandle.current().pid());
    execute("DROP DATABASE IF EXISTS " + scratch.database());
    execute("CREATE DATABASE " + scratch.database());
    server = TestServer.start(scratch, config -> { });
  }

  @AfterAll
  static void stop() throws SQLException {
    if (server != null) {
      server.close();
    }
    execute("DROP DATABASE IF EXISTS " + scratch.database() + " WITH (FORCE)");
  }

  private static void execute(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(maintenance.jdbcUrl(), maintenance.user(), maintenance.password());
         Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  @Test
  void theServerMigratesAndServesAccountsOnAnExternalDatabase() {
    JsonObject session = server.api().newMember("external");
    assertThat(server.api().get("/api/me", session.getString("token")).statusCode()).isEqualTo(200);
    assertThat(server.api().get("/api/cities").bodyAsJsonObject().getJsonArray("items")).hasSize(41);
    assertThat(server.api().get("/health").statusCode()).isEqualTo(200);
  }
}
