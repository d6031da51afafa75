package eu.urbis.app;

import eu.urbis.support.Db;
import eu.urbis.support.TestServer;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The production default: embedded PostgreSQL in the data directory, demo mode on, no configured JWT secret. */
class RestartTest {

  private static TestServer startIn(Path dataDir) {
    return TestServer.start(null, config -> config
      .put("dataDir", dataDir.toString())
      .put("demo", true)
      .put("jwt", new JsonObject()));
  }

  @Test
  void accountsDemoUsersAndTokensSurviveARestart() throws Exception {
    Path dataDir = TestServer.tempDir();
    String username;
    String token;
    try (TestServer first = startIn(dataDir)) {
      JsonObject session = first.api().newMember("survivor");
      username = session.getJsonObject("user").getString("username");
      token = session.getString("token");
      assertThat(first.api().post("/api/auth/login", new JsonObject().put("username", "member").put("password", DemoAccounts.PASSWORD)).statusCode())
        .isEqualTo(200);
    }
    assertThat(dataDir.resolve("pg")).isDirectory();
    assertThat(Files.readString(dataDir.resolve("jwt-secret"))).hasSizeGreaterThanOrEqualTo(32);

    try (TestServer second = startIn(dataDir)) {
      assertThat(second.api().login(username).getJsonObject("user").getString("username")).isEqualTo(username);
      assertThat(second.api().get("/api/me", token).statusCode()).as("a token issued before the restart").isEqualTo(200);
      long demoUsers = Db.count(second, "SELECT count(*) FROM users WHERE username IN ('admin', 'moderator', 'mentor', 'member')");
      assertThat(demoUsers).as("demo users created once").isEqualTo(4);
    }
  }

  @Test
  void theBootstrapAdminNeverOverwritesAnExistingAccount() {
    try (TestServer server = TestServer.start()) {
      String adminId = server.api().get("/api/me", server.api().adminToken()).bodyAsJsonObject().getString("id");
      Map<String, String> otherPassword = Map.of("URBIS_ADMIN_USERNAME", TestServer.ADMIN, "URBIS_ADMIN_PASSWORD", "a different password");
      try (TestServer again = TestServer.start(server.database(), config -> { }, otherPassword)) {
        assertThat(again.api().get("/api/me", again.api().adminToken()).bodyAsJsonObject().getString("id")).isEqualTo(adminId);
        var withNewPassword = again.api().post("/api/auth/login",
          new JsonObject().put("username", TestServer.ADMIN).put("password", "a different password"));
        assertThat(withNewPassword.statusCode()).isEqualTo(401);
      }
    }
  }
}
