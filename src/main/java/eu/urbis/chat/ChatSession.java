package eu.urbis.chat;

import eu.urbis.bus.Addresses;
import eu.urbis.live.LiveFrames;
import eu.urbis.live.LiveSocket;
import eu.urbis.live.SocketFeature;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashSet;
import java.util.Set;

/** Chat on one authenticated socket: its frames, handled in order, and the rooms it joined. */
final class ChatSession implements SocketFeature.Session {
  private static final Logger log = LoggerFactory.getLogger(ChatSession.class);

  private final ChatHub hub;
  private final LiveSocket socket;
  private final SocketRooms rooms;
  private final Set<Long> visible = new HashSet<>();

  ChatSession(ChatHub hub, LiveSocket socket) {
    this.hub = hub;
    this.socket = socket;
    this.rooms = new SocketRooms(hub, socket);
    socket.subscribe(Addresses.chatRoomWithdrawn(socket.user().id()), (Long room) -> withdrawn(room));
  }

  /** The user lost the room (removed, or left in another tab): no more of its frames here. */
  private void withdrawn(long room) {
    visible.remove(room);
    rooms.leave(socket.user(), room);
    socket.write(ChatCodec.left(room));
  }

  @Override
  public Future<Void> handle(String type, JsonObject json) {
    ClientFrame frame;
    try {
      frame = ChatCodec.decode(type, json);
    } catch (ChatException e) {
      return Future.failedFuture(e);
    }
    if (frame instanceof ClientFrame.Join join) {
      return rooms.join(socket.user(), join).onSuccess(v -> visible.add(join.room()));
    } else if (frame instanceof ClientFrame.Leave leave) {
      rooms.leave(socket.user(), leave.room());
      socket.write(ChatCodec.left(leave.room()));
    } else if (frame instanceof ClientFrame.Send send) {
      return visible(send.room(), send.clientId()).compose(v -> send(send));
    } else if (frame instanceof ClientFrame.Typing typing) {
      return visible(typing.room(), typing.type()).onSuccess(v -> rooms.typing(socket.user(), typing.room()));
    } else if (frame instanceof ClientFrame.Read read) {
      return visible(read.room(), read.type()).compose(v -> hub.rooms().markRead(socket.user(), read.room(), read.seq()));
    } else if (frame instanceof ClientFrame.Edit edit) {
      return visible(edit.room(), edit.type()).compose(v -> hub.messages().edit(socket.user(), edit));
    } else if (frame instanceof ClientFrame.Delete delete) {
      return visible(delete.room(), delete.type()).compose(v -> hub.messages().delete(socket.user(), delete));
    }
    return Future.succeededFuture();
  }

  @Override
  public void closed() {
    rooms.leaveAll(socket.user());
  }

  /** Handed to the room's sequencer in frame order; the next frame need not wait for the commit, the ack does. */
  private Future<Void> send(ClientFrame.Send send) {
    return hub.messages().accept(socket.user(), send)
      .onSuccess(accepted -> hub.metrics().sends.increment())
      .onSuccess(stored -> stored.onComplete(result -> {
        if (result.succeeded()) {
          hub.metrics().acks.increment();
          socket.write(ChatCodec.ack(result.result()));
        } else {
          socket.write(failure(result.cause(), send.clientId()));
        }
      }))
      .mapEmpty();
  }

  private static String failure(Throwable failure, String ref) {
    if (failure instanceof ChatException chat) {
      return LiveFrames.error(chat);
    }
    log.warn("chat send failed", failure);
    return LiveFrames.error(new ChatException(ErrorCode.UNAVAILABLE, "Not done; retry in a moment.", ref));
  }

  private Future<Void> visible(long room, String ref) {
    if (visible.contains(room)) {
      return Future.succeededFuture();
    }
    return hub.rooms().visibleRoom(socket.user(), room).compose(found -> {
      if (found.isEmpty()) {
        return Future.failedFuture(ChatException.unknownRoom(ref));
      }
      visible.add(room);
      return Future.succeededFuture();
    });
  }
}
