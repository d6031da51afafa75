package eu.urbis.ops;

import eu.urbis.support.Eventually;
import eu.urbis.support.RunningServer;
import eu.urbis.support.TwoNodes;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static eu.urbis.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** Two nodes on loopback, one PostgreSQL, their event buses joined over Hazelcast. */
class ClusterTest {
  @RegisterExtension
  static final TwoNodes nodes = TwoNodes.start();
  private static final RunningServer nodeA = nodes.a();
  private static final RunningServer nodeB = nodes.b();

  @Test
  void bothNodesFormOneClusterOverTheSameDatabase() {
    assertThat(nodeA.vertx().isClustered()).isTrue();
    JsonObject member = nodeA.api().newMember("roamer");
    assertThat(nodeB.api().get("/api/me", member.getString("token")).statusCode()).isEqualTo(200);
  }

  @Test
  void aSuspensionOnOneNodeBitesOnTheOtherWithinOneSecond() {
    JsonObject member = nodeA.api().newMember("cross-node");
    String id = member.getJsonObject("user").getString("id");
    String moderator = nodeA.api().newUserWithRole("cluster-mod", "moderator").getString("token");
    // node B now holds the member in its cache of current users
    assertThat(nodeB.api().get("/api/me", member.getString("token")).statusCode()).isEqualTo(200);

    var suspended = nodeA.api().post("/api/users/" + id + "/suspend", new JsonObject().put("reason", "spam"), moderator);
    assertThat(suspended.statusCode()).isEqualTo(200);

    var onNodeB = Eventually.within(Duration.ofSeconds(1), () -> nodeB.api().get("/api/me", member.getString("token")),
      response -> response.statusCode() == 403);
    assertProblem(onNodeB, 403);
  }
}
