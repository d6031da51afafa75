package eu.urbis.bench;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static eu.urbis.bench.ForumBench.awaitLong;

/**
 * A watcher's socket as the notification scenarios need it, and no more: it remembers, per thread, the newest post a
 * {@code notification} frame told of, and keeps no frame. The tests' client keeps every frame and searches them all
 * for each wait, under a lock its socket's handler shares, on the server's own event loops: over a run of thousands
 * of frames that was the load tool's work, not the server's, and it was measured as the server's.
 */
final class WatcherSocket implements AutoCloseable {
  private record Waiter(long postId, Promise<Void> told) {
  }

  private final WebSocketClient client;
  private final WebSocket socket;
  private final Promise<Void> ready = Promise.promise();
  private final Map<String, Long> newestTold = new HashMap<>();
  private final Map<String, List<Waiter>> waiting = new HashMap<>();

  private WatcherSocket(WebSocketClient client, WebSocket socket) {
    this.client = client;
    this.socket = socket;
    socket.textMessageHandler(this::received);
  }

  /** Connects on the load tool's {@code vertx} and answers once the server said {@code ready}. */
  static WatcherSocket open(Vertx vertx, int port, String token) {
    WebSocketClient client = vertx.createWebSocketClient();
    WatcherSocket watcher = new WatcherSocket(client, awaitLong(client.connect(port, "127.0.0.1", "/ws")));
    watcher.socket.writeTextMessage(new JsonObject().put("type", "auth").put("token", token).encode());
    awaitLong(watcher.ready.future());
    return watcher;
  }

  /** Completes once a frame of {@code thread} told of {@code postId} or a later post. */
  Future<Void> told(String thread, long postId) {
    synchronized (this) {
      if (newestTold.getOrDefault(thread, 0L) < postId) {
        Promise<Void> told = Promise.promise();
        waiting.computeIfAbsent(thread, t -> new ArrayList<>()).add(new Waiter(postId, told));
        return told.future();
      }
    }
    return Future.succeededFuture();
  }

  private void received(String text) {
    JsonObject frame = new JsonObject(text);
    String type = frame.getString("type");
    if ("ready".equals(type)) {
      ready.tryComplete();
    } else if ("notification".equals(type) && frame.containsKey("postId")) {
      String thread = frame.getJsonObject("notification").getJsonObject("target").getString("threadId");
      List<Waiter> done = new ArrayList<>();
      synchronized (this) {
        long newest = newestTold.merge(thread, Long.parseLong(frame.getString("postId")), Math::max);
        List<Waiter> waiters = waiting.get(thread);
        if (waiters != null) {
          waiters.removeIf(waiter -> waiter.postId <= newest && done.add(waiter));
        }
      }
      done.forEach(waiter -> waiter.told.complete());
    }
  }

  @Override
  public void close() {
    socket.close();
    client.close();
  }
}
