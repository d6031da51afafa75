package eu.urbis.notify;

import eu.urbis.forum.ForumApi;
import eu.urbis.support.Api;
import eu.urbis.support.ChatClient;
import eu.urbis.support.Db;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static eu.urbis.forum.ForumApi.ok;
import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A watched thread's new posts gather in one unread notification per watcher ("new posts in …"): later posts join it,
 * live, without raising the unread count; once read, the next post opens a new one. A watcher without a socket on
 * the node gathers the same way, and whichever way the open row is closed (each read request, or its removal), the
 * next post opens another.
 */
class WatchedThreadGatherTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start(config -> config
    .put("rateLimits", new JsonObject().put("registrationsPerIp", 1000)));
  private static final Api api = server.api();
  private static final ForumApi forum = new ForumApi(api);

  /** The frame telling of {@code post} on the watcher's socket. */
  private static JsonObject toldOf(ChatClient socket, String post) {
    return await(socket.frame(f -> "notification".equals(f.getString("type")) && post.equals(f.getString("postId"))));
  }

  /** A thread {@code starter} starts, so watches. */
  private static String startedBy(JsonObject starter, String title) {
    return forum.startThread(starter.getString("token"), forum.board("everyone"), title, "Opening.").getJsonObject("thread").getString("id");
  }

  @Test
  void laterPostsJoinTheWatchersUnreadNotificationLiveUntilItIsRead() {
    JsonObject starter = api.newMember("gatherer");
    String thread = startedBy(starter, "Night buses");
    String token = api.newMember("talker").getString("token");
    try (ChatClient socket = ChatClient.authenticated(server, starter.getString("token"))) {
      String first = forum.reply(token, thread, "One route a night.", null).getString("id");
      JsonObject opened = toldOf(socket, first);
      JsonObject notification = opened.getJsonObject("notification");
      assertThat(notification.getString("kind")).isEqualTo("watched_post");
      assertThat(notification.getInteger("newPosts")).isEqualTo(1);
      assertThat(opened.getLong("unread")).isEqualTo(1);

      String second = forum.reply(token, thread, "Two on Fridays.", null).getString("id");
      JsonObject joined = toldOf(socket, second);
      assertThat(joined.getJsonObject("notification").getString("id")).isEqualTo(notification.getString("id"));
      assertThat(joined.getJsonObject("notification").getInteger("newPosts")).isEqualTo(2);
      // it opens at the first of the new posts, and the bell still counts one item
      assertThat(joined.getJsonObject("notification").getJsonObject("target").getString("id")).isEqualTo(first);
      assertThat(joined.getLong("unread")).isEqualTo(1);
      JsonArray inbox = ok(api.get("/api/notifications", starter.getString("token"))).getJsonArray("items");
      assertThat(inbox).hasSize(1);
      assertThat(inbox.getJsonObject(0).getInteger("newPosts")).isEqualTo(2);

      ok(api.post("/api/notifications/read", new JsonObject().put("ids", new JsonArray().add(notification.getString("id"))),
        starter.getString("token")));
      String third = forum.reply(token, thread, "And a tram at dawn.", null).getString("id");
      JsonObject next = toldOf(socket, third);
      assertThat(next.getJsonObject("notification").getString("id")).isNotEqualTo(notification.getString("id"));
      assertThat(next.getJsonObject("notification").getJsonObject("target").getString("id")).isEqualTo(third);
      assertThat(next.getJsonObject("notification").getInteger("newPosts")).isEqualTo(1);
      assertThat(next.getLong("unread")).isEqualTo(1);
    }
    // the read one keeps the posts it held when it was read
    JsonArray inbox = ok(api.get("/api/notifications", starter.getString("token"))).getJsonArray("items");
    assertThat(inbox.stream().map(item -> ((JsonObject) item).getInteger("newPosts")).toList()).containsExactly(1, 2);
  }

  @Test
  void aRemovedPostLeavesTheCountOfTheOpenNotificationOnlyWhenItHeldItAndAReadOneKeepsWhatItHeld() {
    JsonObject starter = api.newMember("counter");
    String thread = startedBy(starter, "Bus stops");
    String token = api.newMember("rider").getString("token");
    String early;
    String first;
    try (ChatClient socket = ChatClient.authenticated(server, starter.getString("token"))) {
      early = forum.reply(token, thread, "Ask the drivers.", null).getString("id");
      toldOf(socket, early);
      ok(api.post("/api/notifications/read", new JsonObject().put("all", true), starter.getString("token")));
      first = forum.reply(token, thread, "They know the stops.", null).getString("id");
      toldOf(socket, first);
      toldOf(socket, forum.reply(token, thread, "And the night shifts.", null).getString("id"));
    }
    assertThat(api.delete("/api/posts/" + early, token).statusCode()).isEqualTo(204);
    assertThat(newPosts(starter)).containsExactly(2, 1);
    // its first post removed, the open item stays, holding the later one
    assertThat(api.delete("/api/posts/" + first, token).statusCode()).isEqualTo(204);
    assertThat(newPosts(starter)).containsExactly(1, 1);
  }

  private static List<Integer> newPosts(JsonObject user) {
    return inbox(user).stream().map(item -> ((JsonObject) item).getInteger("newPosts")).toList();
  }

  private static JsonArray inbox(JsonObject user) {
    return ok(api.get("/api/notifications", user.getString("token"))).getJsonArray("items");
  }

  /** Closes the watcher's open row by one of the ways there are: each read request, or its removal. */
  private static void close(JsonObject watcher, String notification, String how) {
    JsonObject request = switch (how) {
      case "ids" -> new JsonObject().put("ids", new JsonArray().add(notification));
      case "upTo" -> new JsonObject().put("upTo", notification);
      case "all" -> new JsonObject().put("all", true);
      default -> null;
    };
    if (request == null) {
      Db.rows(server, "DELETE FROM notifications WHERE id = $1", Long.parseLong(notification));
    } else {
      ok(api.post("/api/notifications/read", request, watcher.getString("token")));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ids", "upTo", "all", "removed"})
  void aWatcherWithoutASocketHasOneOpenRowAndOnceItIsClosedTheNextPostOpensAnother(String closedBy) {
    JsonObject watcher = api.newMember("offline");
    String thread = startedBy(watcher, "Cycle lanes, closed by " + closedBy);
    // a second watcher's socket hears each post once its fan-out, the offline watcher's rows included, has committed
    JsonObject sentinel = api.newMember("sentinel");
    assertThat(api.put("/api/threads/" + thread + "/watch", new JsonObject().put("level", "watching"), sentinel.getString("token"))
      .statusCode()).isEqualTo(204);
    String token = api.newMember("cyclist").getString("token");
    try (ChatClient socket = ChatClient.authenticated(server, sentinel.getString("token"))) {
      String first = forum.reply(token, thread, "Paint is not protection.", null).getString("id");
      toldOf(socket, first);
      toldOf(socket, forum.reply(token, thread, "Kerbs are.", null).getString("id"));
      JsonArray open = inbox(watcher);
      assertThat(open).hasSize(1);
      assertThat(open.getJsonObject(0).getInteger("newPosts")).isEqualTo(2);
      assertThat(open.getJsonObject(0).getJsonObject("target").getString("id")).isEqualTo(first);

      close(watcher, open.getJsonObject(0).getString("id"), closedBy);
      String third = forum.reply(token, thread, "Planters work too.", null).getString("id");
      toldOf(socket, third);

      JsonObject newest = inbox(watcher).getJsonObject(0);
      assertThat(newest.getString("id")).isNotEqualTo(open.getJsonObject(0).getString("id"));
      assertThat(newest.getJsonObject("target").getString("id")).isEqualTo(third);
      assertThat(newest.getBoolean("read")).isFalse();
      assertThat(ok(api.get("/api/notifications/count", watcher.getString("token"))).getLong("unread")).isEqualTo(1);
    }
  }
}
