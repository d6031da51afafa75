package eu.urbis.ops;

import eu.urbis.support.ChatClient;
import eu.urbis.support.RunningServer;
import eu.urbis.support.TwoNodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/** A node dies; its clients reconnect to the other node with {@code since} and miss nothing that was acknowledged. */
class ClusterFailoverTest {
  @RegisterExtension
  static final TwoNodes nodes = TwoNodes.start();
  private static final RunningServer survivor = nodes.a();
  private static final RunningServer doomed = nodes.b();

  @Test
  void clientsOfALostNodeResumeOnAnotherWithEveryAcknowledgedMessageExactlyOnce() {
    String token = survivor.api().newMember("traveller").getString("token");
    String room = ChatClient.newPublicRoom(survivor.api(), survivor.api().adminToken(), "Failover");
    long lastSeen;
    try (ChatClient onDoomed = ChatClient.authenticated(doomed, token)) {
      onDoomed.join(room, null);
      for (int i = 1; i <= 5; i++) {
        assertThat(onDoomed.say(room, "before the crash " + i).getString("type")).isEqualTo("ack");
      }
      lastSeen = await(onDoomed.message(room, 2)).getLong("seq");
    }
    doomed.server().close();

    try (ChatClient resumed = ChatClient.authenticated(survivor, token)) {
      resumed.join(room, lastSeen);
      await(resumed.message(room, 5));
      resumed.say(room, "after the crash");
      await(resumed.message(room, 6));
      assertThat(resumed.messages(room).stream().map(m -> m.getLong("seq")).toList()).containsExactly(3L, 4L, 5L, 6L);
    }
  }
}
