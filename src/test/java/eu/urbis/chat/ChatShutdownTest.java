package eu.urbis.chat;

import eu.urbis.support.ChatClient;
import eu.urbis.support.TestServer;
import org.junit.jupiter.api.Test;

import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

class ChatShutdownTest {

  @Test
  void stoppingTheServerClosesOpenSocketsWith1001() {
    TestServer server = TestServer.start();
    ChatClient client = ChatClient.authenticated(server, server.api().newMember("leaving").getString("token"));
    try {
      await(server.app().stop());
      assertThat(await(client.closed())).isEqualTo((short) 1001);
    } finally {
      client.close();
      await(server.vertx().close());
    }
  }
}
