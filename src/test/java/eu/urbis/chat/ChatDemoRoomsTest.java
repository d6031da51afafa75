package eu.urbis.chat;

import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChatDemoRoomsTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start(config -> config.put("demo", true));

  @Test
  void demoModeSeedsALobbyThemeRoomsAndAMentorsRoomOnlyMentorsSee() {
    List<String> memberSees = names("member");
    assertThat(memberSees).contains("Lobby", "Open data", "Smart mobility", "Funding & procurement").doesNotContain("Mentors");
    assertThat(memberSees).hasSize(11);
    assertThat(names("mentor")).contains("Mentors").hasSize(12);
  }

  private static List<String> names(String username) {
    String token = server.api().post("/api/auth/login", new JsonObject().put("username", username).put("password", "urbis-demo-2026"))
      .bodyAsJsonObject().getString("token");
    return server.api().get("/api/chat/rooms", token).bodyAsJsonObject().getJsonArray("items").stream()
      .map(room -> ((JsonObject) room).getString("name")).toList();
  }
}
