package eu.urbis.chat.bench;

import eu.urbis.chat.ChatCodec;
import eu.urbis.chat.ChatMessage;
import eu.urbis.live.LiveFrames;
import eu.urbis.user.Role;
import eu.urbis.user.UserRef;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The ceiling: the same frames over a plain in-process Vert.x broadcast with no authentication, no storage, no
 * checks. A send is numbered under its room's lock and published on the event bus; each event loop writes it to
 * its own sockets of that room (the idiomatic Vert.x fan-out, and the same shape as the real server minus the work).
 */
final class BareBroadcastServer implements AutoCloseable {
  private static final UserRef AUTHOR = new UserRef("1", "bench", "Bench", null, Role.MEMBER);

  private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2).setPreferNativeTransport(true));
  private final Map<String, Sequence> sequences = new ConcurrentHashMap<>();
  private final int port;

  private static final class Sequence {
    long seq;
  }

  /** Two instances share the port, one per event loop, as the real server's HTTP verticles do. */
  BareBroadcastServer(int port) throws Exception {
    this.port = port;
    vertx.deployVerticle(Loop::new, new DeploymentOptions().setInstances(2))
      .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  int port() {
    return port;
  }

  private final class Loop extends VerticleBase {
    private final Map<String, List<ServerWebSocket>> rooms = new HashMap<>();

    @Override
    public Future<?> start() {
      return vertx.createHttpServer().webSocketHandler(this::accept).listen(port, "127.0.0.1");
    }

    private void accept(ServerWebSocket socket) {
      socket.textMessageHandler(text -> {
        JsonObject frame = new JsonObject(text);
        switch (frame.getString("type")) {
          case "auth" -> socket.writeTextMessage(LiveFrames.ready(AUTHOR));
          case "join" -> join(socket, frame.getString("room"));
          case "send" -> send(socket, frame);
          default -> socket.writeTextMessage(LiveFrames.pong());
        }
      });
    }

    private void join(ServerWebSocket socket, String room) {
      rooms.computeIfAbsent(room, id -> {
        List<ServerWebSocket> local = new ArrayList<>();
        vertx.eventBus().<String>consumer("bare.room." + id, message -> local.forEach(member -> member.writeTextMessage(message.body())));
        return local;
      }).add(socket);
      Sequence sequence = sequences.computeIfAbsent(room, id -> new Sequence());
      synchronized (sequence) {
        socket.writeTextMessage(ChatCodec.joined(Long.parseLong(room), sequence.seq));
      }
    }

    private void send(ServerWebSocket sender, JsonObject frame) {
      String room = frame.getString("room");
      Sequence sequence = sequences.get(room);
      synchronized (sequence) {
        long seq = ++sequence.seq;
        ChatMessage message = new ChatMessage(seq, Long.parseLong(room), seq, AUTHOR, frame.getString("body"), frame.getString("body"),
          frame.getString("clientId"), OffsetDateTime.now(ZoneOffset.UTC), null, false, new JsonArray());
        sender.writeTextMessage(ChatCodec.ack(message));
        vertx.eventBus().publish("bare.room." + room, ChatCodec.message(message));
      }
    }
  }

  @Override
  public void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }
}
