package eu.urbis.chat;

import eu.urbis.support.Api;
import eu.urbis.support.ChatClient;
import eu.urbis.support.ServerExtension;
import eu.urbis.support.TestServer;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/** Logging out ends that session's open sockets at once; the same user's other sessions keep theirs. */
class LogoutClosesSocketsTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();

  @Test
  void logoutClosesTheSocketsOfThatSessionWith4401AndLeavesTheOtherSessionsOpen() {
    JsonObject phone = api.newMember("two-devices");
    String username = phone.getJsonObject("user").getString("username");
    JsonObject laptop = api.post("/api/auth/login", new JsonObject().put("username", username).put("password", TestServer.PASSWORD))
      .bodyAsJsonObject();
    try (ChatClient onPhone = ChatClient.authenticated(server, phone.getString("token"));
         ChatClient onLaptop = ChatClient.authenticated(server, laptop.getString("token"))) {
      var logout = api.post("/api/auth/logout", new JsonObject().put("refreshToken", phone.getString("refreshToken")));
      assertThat(logout.statusCode()).isEqualTo(204);

      assertThat(await(onPhone.closed())).isEqualTo((short) 4401);
      onLaptop.send(new JsonObject().put("type", "ping"));
      await(onLaptop.frame(frame -> "pong".equals(frame.getString("type"))));
      assertThat(onLaptop.closed().isComplete()).isFalse();
    }
  }
}
