package eu.urbis.bench;

import eu.urbis.forum.ForumApi;
import eu.urbis.support.TestServer;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.sqlclient.Tuple;

import java.util.ArrayList;
import java.util.List;

import static eu.urbis.support.TestServer.await;

/**
 * The notification scenarios' setting: {@code sockets} threads nobody watches, as many threads that {@code watchers}
 * users each watch (most inserted straight into the database, {@code sockets} of them real members with an open
 * socket, opened on the load tool's {@code vertx}), and those sockets. Client i replies in thread i mod
 * {@code sockets}, so clients do not queue on one thread's lock.
 */
record Watched(List<String> quietThreads, List<String> watchedThreads, List<WatcherSocket> sockets) implements AutoCloseable {

  static Watched prepare(TestServer server, Vertx vertx, ForumApi forum, String board, String starterToken, int sockets, int watchers) {
    List<String> quiet = new ArrayList<>();
    List<String> watched = new ArrayList<>();
    for (int i = 0; i < sockets; i++) {
      quiet.add(forum.startThread(starterToken, board, "Nobody watches this " + i, "Quiet here.").getJsonObject("thread").getString("id"));
      watched.add(forum.startThread(starterToken, board, "Everybody watches this " + i, "Busy here.").getJsonObject("thread").getString("id"));
    }
    Long[] quietIds = quiet.stream().map(Long::parseLong).toArray(Long[]::new);
    Long[] watchedIds = watched.stream().map(Long::parseLong).toArray(Long[]::new);
    // the starter watches what they start: the quiet threads stop being quiet
    await(server.app().services().pool().preparedQuery("DELETE FROM watches WHERE target_type = 'thread' AND target_id = ANY($1)")
      .execute(Tuple.tuple().addArrayOfLong(quietIds)));
    List<WatcherSocket> clients = new ArrayList<>();
    for (int i = 0; i < sockets; i++) {
      JsonObject watcher = forum.memberIn("bench-watcher", "gabrovo");
      for (String thread : watched) {
        int status = server.api().put("/api/threads/" + thread + "/watch", new JsonObject().put("level", "watching"), watcher.getString("token"))
          .statusCode();
        if (status != 204) {
          throw new IllegalStateException("watching the thread answered " + status);
        }
      }
      clients.add(WatcherSocket.open(vertx, server.port(), watcher.getString("token")));
    }
    await(server.app().services().pool().preparedQuery("""
        WITH made AS (
          INSERT INTO users (username, display_name, city_id, password_hash)
          SELECT 'bench-silent-' || g, 'Silent watcher ' || g, 'gabrovo', 'not a hash' FROM generate_series(1, $2) g
          RETURNING id)
        INSERT INTO watches (user_id, target_type, target_id, level)
        SELECT made.id, 'thread', t, 'watching' FROM made, unnest($1::bigint[]) t""")
      .execute(Tuple.tuple().addArrayOfLong(watchedIds).addInteger(watchers - sockets - 1)));
    return new Watched(quiet, watched, clients);
  }

  String quietThread(int i) {
    return quietThreads.get(i % quietThreads.size());
  }

  String watchedThread(int i) {
    return watchedThreads.get(i % watchedThreads.size());
  }

  /**
   * Completes when the watcher of client {@code i} has been told of the reply {@code sent} made in its thread: by a
   * frame of that thread telling of this post or a later one. Two clients may reply in one thread at once, and posts
   * that go out in one fan-out are told in one frame, of the newest.
   */
  Future<HttpResponse<Buffer>> notified(Future<HttpResponse<Buffer>> sent, int i) {
    WatcherSocket socket = sockets.get(i % sockets.size());
    return sent.compose(response -> socket.told(watchedThread(i), Long.parseLong(response.bodyAsJsonObject().getString("id")))
      .map(response));
  }

  /**
   * Waits until the fan-outs of earlier scenarios are done (they go out in order: once this reply's notification is
   * there, so are theirs), so latency is measured under this scenario's own load, not behind a backlog.
   */
  void drain(Future<HttpResponse<Buffer>> reply) {
    await(notified(reply, 0), java.time.Duration.ofMinutes(30));
  }

  @Override
  public void close() {
    sockets.forEach(WatcherSocket::close);
  }
}
