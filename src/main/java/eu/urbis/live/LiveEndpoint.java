package eu.urbis.live;

import eu.urbis.bus.Addresses;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.ServerWebSocketHandshake;
import io.vertx.core.json.JsonObject;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * /ws on one event loop: accepts sockets and fans events out to the sockets of this loop (one event-bus consumer
 * per address, whoever subscribed). Create it on the loop it serves (the HTTP verticle's start), since its
 * event-bus consumers belong to that loop.
 */
public final class LiveEndpoint {
  public static final String PATH = "/ws";
  /** API.md: a frame (and a message) over 64 KiB closes the socket with 1009. */
  public static final int MAX_FRAME_BYTES = 64 * 1024;

  private final LiveHub hub;
  private final LocalSubscribers subscribers;
  private final Map<String, Set<LiveConnection>> byUser = new HashMap<>();

  LiveEndpoint(LiveHub hub, Vertx vertx) {
    this.hub = hub;
    this.subscribers = new LocalSubscribers(vertx);
    vertx.eventBus().<String>consumer(Addresses.USER_CHANGED, message ->
      List.copyOf(byUser.getOrDefault(message.body(), Set.of())).forEach(LiveConnection::recheckUser));
    vertx.eventBus().<JsonObject>consumer(Addresses.SESSION_ENDED, message ->
      List.copyOf(byUser.getOrDefault(message.body().getString("user"), Set.of()))
        .forEach(connection -> connection.sessionEnded(message.body().getString("session"))));
  }

  public void handshake(ServerWebSocketHandshake handshake) {
    if (PATH.equals(handshake.path())) {
      handshake.accept();
    } else {
      handshake.reject(404);
    }
  }

  public void accept(ServerWebSocket socket) {
    new LiveConnection(hub, this, socket);
  }

  <E> Subscription subscribe(String address, Consumer<E> handler) {
    return subscribers.add(address, handler);
  }

  void opened(LiveConnection connection) {
    byUser.computeIfAbsent(connection.user().id(), id -> new HashSet<>()).add(connection);
  }

  void closed(LiveConnection connection) {
    Set<LiveConnection> ofUser = byUser.get(connection.user().id());
    if (ofUser != null && ofUser.remove(connection) && ofUser.isEmpty()) {
      byUser.remove(connection.user().id());
    }
  }
}
