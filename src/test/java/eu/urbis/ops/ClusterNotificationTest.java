package eu.urbis.ops;

import eu.urbis.forum.ForumApi;
import eu.urbis.support.ChatClient;
import eu.urbis.support.RunningServer;
import eu.urbis.support.TwoNodes;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static eu.urbis.forum.ForumApi.ok;
import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/** Notifications across two clustered nodes sharing one PostgreSQL: made once, pushed to the node holding the socket. */
class ClusterNotificationTest {
  @RegisterExtension
  static final TwoNodes nodes = TwoNodes.start();
  private static final RunningServer nodeA = nodes.a();
  private static final RunningServer nodeB = nodes.b();

  @Test
  void aReplyThroughNodeAReachesTheAuthorsSocketOnNodeBOnce() {
    ForumApi forumOnA = new ForumApi(nodeA.api());
    JsonObject starter = nodeB.api().newMember("starter");
    JsonObject replier = nodeA.api().newMember("replier");
    JsonObject started = new ForumApi(nodeB.api()).startThread(starter.getString("token"), forumOnA.board("everyone"),
      "Across nodes", "Opening.");
    String thread = started.getJsonObject("thread").getString("id");
    try (ChatClient onB = ChatClient.authenticated(nodeB, starter.getString("token"))) {
      String reply = forumOnA.reply(replier.getString("token"), thread, "An answer from A.", started.getJsonObject("post").getString("id"))
        .getString("id");
      JsonObject frame = await(onB.frame(f -> "notification".equals(f.getString("type"))));
      assertThat(frame.getJsonObject("notification").getString("kind")).isEqualTo("reply");
      assertThat(frame.getJsonObject("notification").getJsonObject("target").getString("id")).isEqualTo(reply);
      assertThat(frame.getLong("unread")).isEqualTo(1);
    }
    // both nodes heard the post; only one made the notification
    assertThat(ok(nodeB.api().get("/api/notifications", starter.getString("token"))).getJsonArray("items")).hasSize(1);
    assertThat(ok(nodeA.api().get("/api/notifications/count", starter.getString("token"))).getLong("unread")).isEqualTo(1);
  }

  @Test
  void aPostJoiningAWatchersOpenNotificationReachesEachOfTheirSocketsOnceOnEitherNode() {
    ForumApi forumOnA = new ForumApi(nodeA.api());
    JsonObject watcher = nodeB.api().newMember("watcher");
    JsonObject writer = nodeA.api().newMember("writer");
    String thread = new ForumApi(nodeB.api()).startThread(watcher.getString("token"), forumOnA.board("everyone"), "Gathered across nodes",
      "Opening.").getJsonObject("thread").getString("id");
    try (ChatClient onA = ChatClient.authenticated(nodeA, watcher.getString("token"));
         ChatClient onB = ChatClient.authenticated(nodeB, watcher.getString("token"))) {
      List<ChatClient> sockets = List.of(onA, onB);
      List<String> posts = new ArrayList<>();
      for (String body : List.of("First from A.", "Second from A.", "Third from A.")) {
        String post = forumOnA.reply(writer.getString("token"), thread, body, null).getString("id");
        posts.add(post);
        sockets.forEach(socket -> await(socket.frame(f -> post.equals(f.getString("postId")))));
      }
      for (ChatClient socket : sockets) {
        JsonObject last = socket.frames(f -> posts.get(2).equals(f.getString("postId"))).get(0);
        assertThat(last.getJsonObject("notification").getJsonObject("target").getString("id")).isEqualTo(posts.get(0));
        assertThat(last.getJsonObject("notification").getInteger("newPosts")).isEqualTo(3);
        // each node tells its own sockets of a post that joined the open notification, so no socket hears one twice
        for (String post : posts) {
          assertThat(socket.frames(f -> post.equals(f.getString("postId")))).hasSize(1);
        }
      }
    }
    assertThat(ok(nodeA.api().get("/api/notifications/count", watcher.getString("token"))).getLong("unread")).isEqualTo(1);
  }
}
