package eu.urbis.ops;

import eu.urbis.support.ChatClient;
import eu.urbis.support.RunningServer;
import eu.urbis.support.TwoNodes;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static eu.urbis.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** A user's allowance is one for the whole cluster: spreading requests over two nodes does not double it. */
class ClusterRateLimitTest {
  private static final int SEARCHES = 4;
  private static final int SENDS = 4;

  @RegisterExtension
  static final TwoNodes nodes = TwoNodes.start(config -> config
    .put("rateLimits", config.getJsonObject("rateLimits").put("searches", new JsonObject().put("limit", SEARCHES).put("windowSeconds", 3_600)))
    .put("chat", new JsonObject().put("sendBurst", SENDS).put("sendWindowSeconds", 3_600)));
  private static final RunningServer nodeA = nodes.a();
  private static final RunningServer nodeB = nodes.b();

  @Test
  void searchesSpreadOverTwoNodesShareOneAllowance() {
    String token = nodeA.api().newMember("two-node-searcher").getString("token");
    for (int i = 0; i < SEARCHES; i++) {
      RunningServer node = i % 2 == 0 ? nodeA : nodeB;
      assertThat(node.api().get("/api/search?q=harbour", token).statusCode()).isEqualTo(200);
    }
    var refused = nodeB.api().get("/api/search?q=harbour", token);
    assertProblem(refused, 429);
    assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 3_600L);
    assertProblem(nodeA.api().get("/api/search?q=harbour", token), 429);
  }

  @Test
  void chatSendsSpreadOverTwoNodesShareOneAllowance() {
    String token = nodeA.api().newMember("two-node-talker").getString("token");
    String room = ChatClient.newPublicRoom(nodeA.api(), token, "Both nodes");
    try (ChatClient onA = ChatClient.authenticated(nodeA, token);
         ChatClient onB = ChatClient.authenticated(nodeB, token)) {
      onA.join(room, null);
      onB.join(room, null);
      for (int i = 0; i < SENDS; i++) {
        ChatClient client = i % 2 == 0 ? onA : onB;
        assertThat(client.say(room, "message " + i).getString("type")).isEqualTo("ack");
      }
      assertThat(onB.say(room, "one too many").getString("code")).isEqualTo("rate_limited");
      assertThat(onA.say(room, "and here").getString("code")).isEqualTo("rate_limited");
    }
  }
}
