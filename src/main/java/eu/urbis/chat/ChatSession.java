package eu.urbis.chat;

import eu.urbis.bus.Addresses;
import eu.urbis.failure.Failure;
import eu.urbis.live.FrameErrors;
import eu.urbis.live.LiveFrames;
import eu.urbis.live.LiveSocket;
import eu.urbis.live.SocketFeature;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Map;

/** Chat on one authenticated socket: its frames, handled in order, and the rooms it joined. */
final class ChatSession implements SocketFeature.Session {
  private static final Logger log = LoggerFactory.getLogger(ChatSession.class);

  private final ChatHub hub;
  private final LiveSocket socket;
  private final SocketRooms rooms;
  /** Rooms this socket was shown, by id; a joined room is read again at its first send, for its kind. */
  private final Map<Long, Room> visible = new HashMap<>();

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
      return ChatAllowance.take(hub.joins(), socket.user(), "Too many joins; wait a little.", join.type())
        .compose(v -> rooms.join(socket.user(), join));
    } else if (frame instanceof ClientFrame.Leave leave) {
      rooms.leave(socket.user(), leave.room());
      socket.write(ChatCodec.left(leave.room()));
    } else if (frame instanceof ClientFrame.Send send) {
      return visible(send.room(), send.clientId()).compose(room -> send(send, room.kind() == RoomKind.DIRECT));
    } else if (frame instanceof ClientFrame.Typing typing) {
      return visible(typing.room(), typing.type()).onSuccess(v -> rooms.typing(socket.user(), typing.room())).mapEmpty();
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
  private Future<Void> send(ClientFrame.Send send, boolean direct) {
    return hub.messages().accept(socket.user(), send, direct)
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
    if (failure instanceof Failure domain) {
      return LiveFrames.error(FrameErrors.of(domain, ref));
    }
    log.warn("chat send failed", failure);
    return LiveFrames.error(new ChatException(ErrorCode.UNAVAILABLE, "Not done; retry in a moment.", ref));
  }

  private Future<Room> visible(long room, String ref) {
    Room known = visible.get(room);
    if (known != null) {
      return Future.succeededFuture(known);
    }
    return hub.rooms().visibleRoom(socket.user(), room).compose(found -> {
      if (found.isEmpty()) {
        return Future.failedFuture(ChatException.unknownRoom(ref));
      }
      visible.put(room, found.get());
      return Future.succeededFuture(found.get());
    });
  }
}
