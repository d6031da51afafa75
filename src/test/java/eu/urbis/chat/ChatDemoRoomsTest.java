package eu.urbis.chat;

import eu.urbis.support.TestServer;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChatDemoRoomsTest {

  @Test
  void demoModeSeedsALobbyThemeRoomsAndAMentorsRoomOnlyMentorsSee() {
    try (TestServer server = TestServer.start(config -> config.put("demo", true))) {
      List<String> memberSees = names(server, "member");
      assertThat(memberSees).contains("Lobby", "Open data", "Smart mobility", "Funding & procurement").doesNotContain("Mentors");
      assertThat(memberSees).hasSize(11);
      assertThat(names(server, "mentor")).contains("Mentors").hasSize(12);
    }
  }

  private static List<String> names(TestServer server, String username) {
    String token = server.api().post("/api/auth/login", new JsonObject().put("username", username).put("password", "urbis-demo-2026"))
      .bodyAsJsonObject().getString("token");
    return server.api().get("/api/chat/rooms", token).bodyAsJsonObject().getJsonArray("items").stream()
      .map(room -> ((JsonObject) room).getString("name")).toList();
  }
}
