package eu.urbis.support;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static eu.urbis.support.TestServer.await;

/**
 * A real /ws client for tests: keeps every frame it receives and answers Futures of the first frame matching a
 * predicate (already received or still to come), plus the close code. Blocking helpers wait on the test thread only.
 */
public final class ChatClient implements AutoCloseable {
  private static final AtomicInteger clientIds = new AtomicInteger();

  private record Waiter(Predicate<JsonObject> match, Promise<JsonObject> found) {
  }

  private final WebSocketClient client;
  private final WebSocket socket;
  private final List<JsonObject> frames = new ArrayList<>();
  private final List<Waiter> waiters = new ArrayList<>();
  private final Promise<Short> closed = Promise.promise();

  private ChatClient(WebSocketClient client, WebSocket socket) {
    this.client = client;
    this.socket = socket;
    socket.textMessageHandler(this::received);
    socket.closeHandler(v -> closed.tryComplete(socket.closeStatusCode()));
  }

  public static ChatClient connect(Vertx vertx, int port) {
    return connect(vertx, port, new WebSocketClientOptions());
  }

  public static ChatClient connect(Vertx vertx, int port, WebSocketClientOptions options) {
    WebSocketClient client = vertx.createWebSocketClient(options
      .setMaxFrameSize(1024 * 1024)
      .setMaxMessageSize(16 * 1024 * 1024));
    return new ChatClient(client, await(client.connect(port, "127.0.0.1", "/ws")));
  }

  /** Connects and authenticates: answers once {@code ready} arrived. */
  public static ChatClient authenticated(RunningServer server, String token, WebSocketClientOptions options) {
    ChatClient client = connect(server.vertx(), server.port(), options);
    client.send(new JsonObject().put("type", "auth").put("token", token));
    await(client.frame(f -> "ready".equals(f.getString("type"))));
    return client;
  }

  public static ChatClient connect(RunningServer server) {
    return connect(server.vertx(), server.port());
  }

  public static ChatClient authenticated(RunningServer server, String token) {
    return authenticated(server, token, new WebSocketClientOptions());
  }

  /** Creates a public room over REST and answers its id. */
  public static String newPublicRoom(Api api, String token, String name) {
    return newRoom(api, token, name, "public");
  }

  /** @param kind public or private */
  public static String newRoom(Api api, String token, String name, String kind) {
    var created = api.post("/api/chat/rooms", new JsonObject().put("name", name).put("kind", kind), token);
    if (created.statusCode() != 201) {
      throw new IllegalStateException("room not created: " + created.bodyAsString());
    }
    return created.bodyAsJsonObject().getString("id");
  }

  /** Matches the presence frame saying that {@code userId} went {@code state} (online, offline) in {@code room}. */
  public static Predicate<JsonObject> presence(String room, String userId, String state) {
    return frame -> "presence".equals(frame.getString("type")) && room.equals(frame.getString("room"))
      && userId.equals(frame.getJsonObject("user").getString("id")) && state.equals(frame.getString("state"));
  }

  public static String newClientId() {
    return "c-" + clientIds.incrementAndGet() + "-" + System.nanoTime();
  }

  public void send(JsonObject frame) {
    sendText(frame.encode());
  }

  public void sendText(String text) {
    await(socket.writeTextMessage(text));
  }

  public WebSocket socket() {
    return socket;
  }

  /** Joins and waits for {@code joined}; {@code since} null joins without replay. */
  public JsonObject join(String room, Long since) {
    JsonObject frame = new JsonObject().put("type", "join").put("room", room);
    if (since != null) {
      frame.put("since", since);
    }
    send(frame);
    return await(frame(f -> "joined".equals(f.getString("type")) && room.equals(f.getString("room"))));
  }

  /** Sends a message and waits for its ack or the error answering it. */
  public JsonObject say(String room, String clientId, String body) {
    send(new JsonObject().put("type", "send").put("room", room).put("clientId", clientId).put("body", body));
    return await(answerTo(clientId));
  }

  public JsonObject say(String room, String body) {
    return say(room, newClientId(), body);
  }

  public Future<JsonObject> answerTo(String clientId) {
    return frame(f -> clientId.equals(f.getString("clientId")) && "ack".equals(f.getString("type"))
      || clientId.equals(f.getString("ref")) && "error".equals(f.getString("type")));
  }

  public Future<JsonObject> error(String code) {
    return frame(f -> "error".equals(f.getString("type")) && code.equals(f.getString("code")));
  }

  public Future<JsonObject> message(String room, long seq) {
    return frame(f -> "message".equals(f.getString("type")) && room.equals(f.getString("room")) && f.getLong("seq") == seq);
  }

  /** The first frame, received so far or later, that matches. */
  public synchronized Future<JsonObject> frame(Predicate<JsonObject> match) {
    for (JsonObject frame : frames) {
      if (match.test(frame)) {
        return Future.succeededFuture(frame);
      }
    }
    Promise<JsonObject> found = Promise.promise();
    waiters.add(new Waiter(match, found));
    return found.future();
  }

  public synchronized List<JsonObject> frames(Predicate<JsonObject> match) {
    return frames.stream().filter(match).toList();
  }

  public synchronized List<JsonObject> messages(String room) {
    return frames(f -> "message".equals(f.getString("type")) && room.equals(f.getString("room")));
  }

  public Future<Short> closed() {
    return closed.future();
  }

  private synchronized void received(String text) {
    JsonObject frame = new JsonObject(text);
    frames.add(frame);
    for (Iterator<Waiter> it = waiters.iterator(); it.hasNext(); ) {
      Waiter waiter = it.next();
      if (waiter.match().test(frame)) {
        waiter.found().complete(frame);
        it.remove();
      }
    }
  }

  @Override
  public void close() {
    if (!closed.future().isComplete()) {
      socket.close();
    }
    client.close();
  }
}
