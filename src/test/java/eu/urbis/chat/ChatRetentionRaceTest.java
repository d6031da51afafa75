package eu.urbis.chat;

import eu.urbis.support.Api;
import eu.urbis.support.ChatClient;
import eu.urbis.support.Db;
import eu.urbis.support.ServerExtension;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/** The retention job run twice at the same moment, as two nodes would: each message is deleted once, nothing fails. */
class ChatRetentionRaceTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();

  @Test
  void twoRunsAtOnceDeleteEachMessageOnceBetweenThem() {
    String token = api.newMember("racer").getString("token");
    String room = ChatClient.newPublicRoom(api, token, "Raced");
    try (ChatClient chat = ChatClient.authenticated(server, token)) {
      chat.join(room, null);
      for (int i = 0; i < 5; i++) {
        chat.say(room, "message " + i);
      }
    }
    var set = api.patch("/api/chat/rooms/" + room, new JsonObject().put("retentionDays", 1), token);
    assertThat(set.statusCode()).isEqualTo(200);
    server.clock().advance(Duration.ofDays(2));
    MessageRetention retention = server.app().services().chat().retention();

    var both = await(Future.all(retention.purge(), retention.purge()));

    assertThat((int) both.resultAt(0) + (int) both.resultAt(1)).isEqualTo(5);
    assertThat(Db.count(server, "SELECT count(*) FROM chat_messages WHERE room_id = $1", Long.parseLong(room))).isZero();
  }
}
