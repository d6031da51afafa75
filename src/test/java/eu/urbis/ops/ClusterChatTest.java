package eu.urbis.ops;

import eu.urbis.support.ChatClient;
import eu.urbis.support.RunningServer;
import eu.urbis.support.TwoNodes;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.stream.LongStream;

import static eu.urbis.support.ChatClient.presence;
import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/** Chat across two clustered nodes on loopback sharing one PostgreSQL. */
class ClusterChatTest {
  @RegisterExtension
  static final TwoNodes nodes = TwoNodes.start();
  private static final RunningServer nodeA = nodes.a();
  private static final RunningServer nodeB = nodes.b();

  private static String publicRoom(String name) {
    return ChatClient.newPublicRoom(nodeA.api(), nodeA.api().adminToken(), name);
  }

  @Test
  void sendersOnBothNodesShareOneGaplessSequenceThatEveryMemberSeesInOrder() {
    String room = publicRoom("Across nodes");
    try (ChatClient onA = ChatClient.authenticated(nodeA, nodeA.api().newMember("on-a").getString("token"));
         ChatClient onB = ChatClient.authenticated(nodeB, nodeB.api().newMember("on-b").getString("token"))) {
      onA.join(room, null);
      onB.join(room, null);
      for (int i = 0; i < 20; i++) {
        ChatClient sender = i % 2 == 0 ? onA : onB;
        sender.send(new JsonObject().put("type", "send").put("room", room).put("clientId", ChatClient.newClientId()).put("body", "m" + i));
      }
      for (int seq = 1; seq <= 20; seq++) {
        await(onA.message(room, seq));
        await(onB.message(room, seq));
      }
      List<Long> seenOnA = onA.messages(room).stream().map(m -> m.getLong("seq")).toList();
      List<Long> seenOnB = onB.messages(room).stream().map(m -> m.getLong("seq")).toList();
      assertThat(seenOnA).containsExactlyElementsOf(LongStream.rangeClosed(1, 20).boxed().toList());
      assertThat(seenOnB).isEqualTo(seenOnA);
    }
  }

  @Test
  void presenceShowsAUserConnectedToTheOtherNode() {
    String room = publicRoom("Who is here");
    JsonObject visitor = nodeB.api().newMember("visitor");
    try (ChatClient onA = ChatClient.authenticated(nodeA, nodeA.api().newMember("host").getString("token"));
         ChatClient onB = ChatClient.authenticated(nodeB, visitor.getString("token"))) {
      onA.join(room, null);
      onB.join(room, null);
      await(onA.frame(presence(room, visitor.getJsonObject("user").getString("id"), "online")));
    }
  }

  @Test
  void aJoinerLearnsWhoIsAlreadyOnlineOnTheOtherNode() {
    String room = publicRoom("Already here");
    JsonObject early = nodeB.api().newMember("early");
    try (ChatClient onB = ChatClient.authenticated(nodeB, early.getString("token"));
         ChatClient onA = ChatClient.authenticated(nodeA, nodeA.api().newMember("late").getString("token"))) {
      onB.join(room, null);
      onA.join(room, null);
      await(onA.frame(presence(room, early.getJsonObject("user").getString("id"), "online")));
    }
  }

  @Test
  void aSuspensionOnNodeAClosesTheUsersSocketOnNodeB() {
    JsonObject member = nodeB.api().newMember("far-away");
    String moderator = nodeA.api().newUserWithRole("far-mod", "moderator").getString("token");
    try (ChatClient onB = ChatClient.authenticated(nodeB, member.getString("token"))) {
      nodeA.api().post("/api/users/" + member.getJsonObject("user").getString("id") + "/suspend", new JsonObject().put("reason", "spam"), moderator);
      assertThat(await(onB.closed())).isEqualTo((short) 4403);
    }
  }
}
