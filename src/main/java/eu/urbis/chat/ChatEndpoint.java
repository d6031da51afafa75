package eu.urbis.chat;

import eu.urbis.bus.Addresses;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.ServerWebSocketHandshake;
import io.vertx.core.json.JsonObject;

/**
 * /ws on one event loop: accepts sockets and fans room and user events out to the sockets of this loop. Create it
 * on the loop it serves (the HTTP verticle's start), since its event-bus consumers belong to that loop.
 */
public final class ChatEndpoint {
  public static final String PATH = "/ws";
  /** API.md: a frame (and a message) over 64 KiB closes the socket with 1009. */
  public static final int MAX_FRAME_BYTES = 64 * 1024;

  private final ChatHub hub;
  private final LocalSubscribers<Long, RoomEvent> rooms;
  private final LocalSubscribers<String, JsonObject> users;

  ChatEndpoint(ChatHub hub, Vertx vertx) {
    this.hub = hub;
    this.rooms = new LocalSubscribers<>(vertx, room -> Addresses.room(Long.toString(room)), ChatConnection::onRoomEvent);
    this.users = new LocalSubscribers<>(vertx, Addresses::user, ChatConnection::onUserCommand);
    vertx.eventBus().<String>consumer(Addresses.USER_CHANGED, message -> {
      for (ChatConnection connection : users.members(message.body())) {
        connection.recheckUser();
      }
    });
  }

  public void handshake(ServerWebSocketHandshake handshake) {
    if (PATH.equals(handshake.path())) {
      handshake.accept();
    } else {
      handshake.reject(404);
    }
  }

  public void accept(ServerWebSocket socket) {
    new ChatConnection(hub, this, socket);
  }

  LocalSubscribers<Long, RoomEvent> rooms() {
    return rooms;
  }

  LocalSubscribers<String, JsonObject> users() {
    return users;
  }
}
