package eu.urbis.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.io.UncheckedIOException;
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

  private static final JsonFactory JSON = new JsonFactory();

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
    Frame frame = Frame.read(text);
    if ("ready".equals(frame.type)) {
      ready.tryComplete();
    } else if ("notification".equals(frame.type) && frame.postId != null) {
      List<Waiter> done = new ArrayList<>();
      synchronized (this) {
        long newest = newestTold.merge(frame.threadId, Long.parseLong(frame.postId), Math::max);
        List<Waiter> waiters = waiting.get(frame.threadId);
        if (waiters != null) {
          waiters.removeIf(waiter -> waiter.postId <= newest && done.add(waiter));
        }
      }
      done.forEach(waiter -> waiter.told.complete());
    }
  }

  /**
   * The three fields a frame is waited on by, read with Jackson's streaming parser: the 16 frames of each watched
   * reply are read by 16 browsers elsewhere, not by the server's host, so building each one's tree here would be
   * measured as the server's cost.
   */
  private static final class Frame {
    private static final List<String> TARGET_THREAD = List.of("target", "threadId");

    private String type;
    private String postId;
    private String threadId;

    static Frame read(String text) {
      Frame frame = new Frame();
      try (JsonParser parser = JSON.createParser(text)) {
        parser.nextToken();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String field = parser.currentName();
          parser.nextToken();
          switch (field) {
            case "type" -> frame.type = parser.getText();
            case "postId" -> frame.postId = parser.getText();
            case "notification" -> frame.threadId = textAt(parser, TARGET_THREAD);
            default -> parser.skipChildren();
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return frame;
    }

    /**
     * Reads the object the parser is at to its end and answers the text at {@code path} in it (null where there is
     * none), without building it.
     */
    private static String textAt(JsonParser parser, List<String> path) throws IOException {
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        return null;
      }
      String found = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        if (!field.equals(path.get(0))) {
          parser.skipChildren();
        } else if (path.size() > 1) {
          found = textAt(parser, path.subList(1, path.size()));
        } else {
          found = parser.getValueAsString();
          parser.skipChildren();
        }
      }
      return found;
    }
  }

  @Override
  public void close() {
    socket.close();
    client.close();
  }
}
