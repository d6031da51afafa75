package eu.urbis.bench.soak;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The chat side of the soak: members who send now and then and leave and rejoin their room (catching up with
 * {@code since}), and one reader who never reads, whom the server must cut off without anyone else noticing.
 */
final class ChatActors {
  private static final long SEND_EVERY_MS = 3_000;
  private static final long REJOIN_EVERY_MS = 60_000;

  private final Load load;
  private final WebSocketClient client;
  private final int port;
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong slowReaderCutOffs = new AtomicLong();

  ChatActors(Load load, WebSocketClient client, int port) {
    this.load = load;
    this.client = client;
    this.port = port;
  }

  long slowReaderCutOffs() {
    return slowReaderCutOffs.get();
  }

  /** A member in {@code room}: sends every few seconds, rejoins every minute; a socket the server drops is an error. */
  void member(String token, String room) {
    connect(token).onSuccess(socket -> {
      Map<String, Long> pending = new HashMap<>();
      long[] lastSeq = {0};
      long[] joinSent = {System.nanoTime()};
      socket.textMessageHandler(text -> {
        JsonObject frame = new JsonObject(text);
        switch (frame.getString("type")) {
          case "joined" -> load.outcomes().ok("ws join → joined", System.nanoTime() - joinSent[0]);
          case "message" -> lastSeq[0] = Math.max(lastSeq[0], frame.getLong("seq"));
          case "ack" -> {
            Long at = pending.remove(frame.getString("clientId"));
            if (at != null) {
              load.outcomes().ok("ws send → ack", System.nanoTime() - at);
            }
          }
          case "error" -> {
            Long at = pending.remove(frame.getString("ref"));
            long nanos = at == null ? -1 : System.nanoTime() - at;
            if ("rate_limited".equals(frame.getString("code"))) {
              load.outcomes().expected("ws send → ack", nanos);
            } else {
              load.outcomes().unexpected("ws frames", nanos, text);
            }
          }
          default -> { }
        }
      });
      socket.closeHandler(v -> {
        if (load.running()) {
          load.outcomes().unexpected("ws frames", -1, "the server closed a member's socket: " + socket.closeStatusCode());
          load.vertx().setTimer(1_000, id -> member(token, room));
        }
      });
      socket.writeTextMessage(join(room, null));
      load.repeat(SEND_EVERY_MS, () -> {
        if (socket.isClosed()) {
          return Future.succeededFuture();
        }
        String clientId = "soak-" + sent.incrementAndGet();
        pending.put(clientId, System.nanoTime());
        return socket.writeTextMessage(new JsonObject().put("type", "send").put("room", room).put("clientId", clientId)
          .put("body", "soak message " + clientId).encode());
      });
      load.vertx().setPeriodic(Load.jitter(REJOIN_EVERY_MS), id -> {
        if (!load.running() || socket.isClosed()) {
          load.vertx().cancelTimer(id);
          return;
        }
        socket.writeTextMessage(new JsonObject().put("type", "leave").put("room", room).encode());
        joinSent[0] = System.nanoTime();
        socket.writeTextMessage(join(room, lastSeq[0]));
      });
    });
  }

  /** Joins every room and stops reading; once the server cuts it off (1013) it comes back and does it again. */
  void slowReader(String token, Iterable<String> rooms) {
    connect(token).onSuccess(socket -> {
      rooms.forEach(room -> socket.writeTextMessage(join(room, null)));
      socket.pause();
      socket.closeHandler(v -> {
        slowReaderCutOffs.incrementAndGet();
        if (load.running()) {
          load.vertx().setTimer(5_000, id -> slowReader(token, rooms));
        }
      });
    });
  }

  /** Connects and authenticates; answers once the server said {@code ready}. */
  private Future<WebSocket> connect(String token) {
    return load.timed("ws connect + auth", () -> client.connect(new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port).setURI("/ws"))
      .compose(socket -> {
        Promise<WebSocket> ready = Promise.promise();
        socket.textMessageHandler(text -> {
          if (text.startsWith("{\"type\":\"ready\"")) {
            ready.tryComplete(socket);
          } else {
            ready.tryFail("before ready: " + text);
          }
        });
        socket.writeTextMessage(new JsonObject().put("type", "auth").put("token", token).encode());
        return ready.future();
      }));
  }

  private static String join(String room, Long since) {
    JsonObject join = new JsonObject().put("type", "join").put("room", room);
    return (since == null ? join : join.put("since", since)).encode();
  }
}
