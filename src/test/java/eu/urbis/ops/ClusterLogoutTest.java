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

/** A logout on one node ends the session's access tokens on the other too, though it had them cached as good. */
class ClusterLogoutTest {
  @RegisterExtension
  static final TwoNodes nodes = TwoNodes.start();
  private static final RunningServer nodeA = nodes.a();
  private static final RunningServer nodeB = nodes.b();

  @Test
  void aLogoutOnOneNodeRefusesTheSessionsTokenOnTheOtherWithinOneSecond() {
    JsonObject session = nodeA.api().newMember("cluster-logout");
    // node B now holds the session as open
    assertThat(nodeB.api().get("/api/me", session.getString("token")).statusCode()).isEqualTo(200);

    var logout = nodeA.api().post("/api/auth/logout", new JsonObject().put("refreshToken", session.getString("refreshToken")));
    assertThat(logout.statusCode()).isEqualTo(204);

    var onNodeB = Eventually.within(Duration.ofSeconds(1), () -> nodeB.api().get("/api/me", session.getString("token")),
      response -> response.statusCode() == 401);
    assertProblem(onNodeB, 401);
  }
}
