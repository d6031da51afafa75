package eu.urbis.chat;

import eu.urbis.http.ApiException;
import eu.urbis.http.ProblemType;
import eu.urbis.user.User;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashSet;
import java.util.Set;

/**
 * One /ws socket on its event loop: authentication within the time limit, then frames handled one after another
 * (a join's replay finishes before the next frame is looked at), and room events written as they come.
 */
final class ChatConnection {
  private static final Logger log = LoggerFactory.getLogger(ChatConnection.class);
  static final short UNAUTHENTICATED = 4401;
  static final short SUSPENDED = 4403;
  static final short GOING_AWAY = 1001;
  private static final int MAX_WAITING_FRAMES = 8;

  private final ChatHub hub;
  private final ChatEndpoint endpoint;
  private final ServerWebSocket socket;
  private final Context context;
  private final SocketWriter out;
  private final long authTimer;
  private final SocketRooms rooms;
  private final Set<Long> visible = new HashSet<>();
  private Future<Void> inbox = Future.succeededFuture();
  private int waiting;
  private User user;
  private boolean authenticating;
  private boolean cleaned;

  ChatConnection(ChatHub hub, ChatEndpoint endpoint, ServerWebSocket socket) {
    this.hub = hub;
    this.endpoint = endpoint;
    this.socket = socket;
    this.context = Vertx.currentContext();
    this.out = new SocketWriter(hub.vertx(), socket, hub.config().writeQueueMaxBytes(), hub.config().slowConsumerMillis(),
      hub.config().slowConsumerMaxFrames(), this::cutOff);
    this.rooms = new SocketRooms(hub, endpoint, this, out);
    this.authTimer = hub.vertx().setTimer(hub.config().authTimeoutMillis(), id -> {
      if (user == null) {
        close(UNAUTHENTICATED, "Authenticate first.");
      }
    });
    socket.textMessageHandler(this::onText);
    socket.binaryMessageHandler(binary -> onBinary());
    socket.closeHandler(v -> cleanUp());
    socket.exceptionHandler(this::onFailure);
  }

  private void onText(String text) {
    if (user == null) {
      beforeAuth(text);
      return;
    }
    ClientFrame frame;
    try {
      frame = ChatCodec.decode(text);
    } catch (ChatException e) {
      out.write(ChatCodec.error(e));
      return;
    }
    enqueue(frame);
  }

  private void onBinary() {
    if (user == null) {
      close(UNAUTHENTICATED, "The first frame must be auth.");
    } else {
      out.write(ChatCodec.error(ChatException.badFrame("Frames are JSON text.", null)));
    }
  }

  /** Only an auth frame may come first; while it is checked the socket is paused, so nothing overtakes it. */
  private void beforeAuth(String text) {
    if (authenticating) {
      return;
    }
    ClientFrame frame;
    try {
      frame = ChatCodec.decode(text);
    } catch (ChatException e) {
      frame = null;
    }
    if (frame instanceof ClientFrame.Auth auth) {
      authenticate(auth);
    } else {
      close(UNAUTHENTICATED, "The first frame must be auth.");
    }
  }

  private void enqueue(ClientFrame next) {
    // a client racing ahead is paused rather than queued without bound (and a long queue would then run in one go)
    if (++waiting == MAX_WAITING_FRAMES) {
      socket.pause();
    }
    inbox = inbox.transform(ignored -> handle(next).recover(failure -> {
      answerFailure(failure, next.type());
      return Future.succeededFuture();
    })).andThen(done -> {
      if (waiting-- == MAX_WAITING_FRAMES) {
        socket.resume();
      }
    });
  }

  /** The frame decoder refuses frames over 64 KiB; the client is told why with the code it names (1009). */
  private void onFailure(Throwable failure) {
    if (failure instanceof CorruptedWebSocketFrameException corrupt) {
      close((short) corrupt.closeStatus().code(), "Frame too big or malformed.");
    } else {
      log.debug("chat socket failed: {}", failure.toString());
    }
  }

  private void authenticate(ClientFrame.Auth auth) {
    authenticating = true;
    socket.pause();
    hub.authenticator().activeUser(auth.token())
      .onSuccess(found -> {
        hub.vertx().cancelTimer(authTimer);
        user = found;
        hub.opened(this);
        endpoint.users().add(user.id(), this);
        out.write(ChatCodec.ready(user.ref()));
        authenticating = false;
        socket.resume();
      })
      .onFailure(failure -> close(suspended(failure) ? SUSPENDED : UNAUTHENTICATED, failure.getMessage()));
  }

  private static boolean suspended(Throwable failure) {
    return failure instanceof ApiException api && api.type() == ProblemType.SUSPENDED;
  }

  private Future<Void> handle(ClientFrame frame) {
    if (frame instanceof ClientFrame.Join join) {
      return ChatAllowance.take(hub.joins(), user, "Too many joins; wait a little.", join.type())
        .compose(v -> rooms.join(user, join))
        .onSuccess(v -> visible.add(join.room()));
    } else if (frame instanceof ClientFrame.Leave leave) {
      rooms.leave(user, leave.room());
      out.write(ChatCodec.left(leave.room()));
    } else if (frame instanceof ClientFrame.Send send) {
      return visible(send.room(), send.clientId()).compose(v -> send(send));
    } else if (frame instanceof ClientFrame.Typing typing) {
      return visible(typing.room(), typing.type()).onSuccess(v -> rooms.typing(user, typing.room()));
    } else if (frame instanceof ClientFrame.Read read) {
      return visible(read.room(), read.type()).compose(v -> hub.rooms().markRead(user, read.room(), read.seq()));
    } else if (frame instanceof ClientFrame.Edit edit) {
      return visible(edit.room(), edit.type()).compose(v -> hub.messages().edit(user, edit));
    } else if (frame instanceof ClientFrame.Delete delete) {
      return visible(delete.room(), delete.type()).compose(v -> hub.messages().delete(user, delete));
    } else if (frame instanceof ClientFrame.Ping) {
      out.write(ChatCodec.pong());
    } else {
      out.write(ChatCodec.error(ChatException.badFrame("Already authenticated.", frame.type())));
    }
    return Future.succeededFuture();
  }

  private void cutOff() {
    hub.metrics().slowConsumerCutOffs.increment();
    cleanUp();
  }

  /** Handed to the room's sequencer in frame order; the next frame need not wait for the commit, the ack does. */
  private Future<Void> send(ClientFrame.Send send) {
    return hub.messages().accept(user, send)
      .onSuccess(accepted -> hub.metrics().sends.increment())
      .onSuccess(stored -> stored.onComplete(result -> {
        if (result.succeeded()) {
          hub.metrics().acks.increment();
          out.write(ChatCodec.ack(result.result()));
        } else {
          answerFailure(result.cause(), send.clientId());
        }
      }))
      .mapEmpty();
  }

  private Future<Void> visible(long room, String ref) {
    if (visible.contains(room)) {
      return Future.succeededFuture();
    }
    return hub.rooms().visibleRoom(user, room).compose(found -> {
      if (found.isEmpty()) {
        return Future.failedFuture(ChatException.unknownRoom(ref));
      }
      visible.add(room);
      return Future.succeededFuture();
    });
  }

  /** Set once authenticated; replaced when a role change is re-read. */
  User user() {
    return user;
  }

  void onRoomEvent(RoomEvent event) {
    if (!rooms.deliver(user.id(), event)) {
      close(SocketWriter.TRY_AGAIN_LATER, "Too slow to catch up; reconnect with since.");
    }
  }

  void onUserCommand(JsonObject command) {
    Integer code = command.getInteger("close");
    if (code != null) {
      close(code.shortValue(), command.getString("reason", ""));
    }
  }

  /** After a role or status change: a suspension closes the socket, a new role applies to the next frame. */
  void recheckUser() {
    hub.freshUser(user.id()).onSuccess(fresh -> {
      if (fresh.isEmpty() || fresh.get().suspended(hub.clock().instant())) {
        close(SUSPENDED, "Your account is suspended.");
      } else {
        user = fresh.get();
      }
    });
  }

  /** Shutdown: called from any thread, closes on the socket's own loop. */
  Future<Void> goAway() {
    Promise<Void> closed = Promise.promise();
    context.runOnContext(v -> {
      close(GOING_AWAY, "Server going away.");
      closed.complete();
    });
    return closed.future();
  }

  void close(short code, String reason) {
    // a close reason is at most 123 bytes on the wire
    out.close(code, reason.length() > 60 ? reason.substring(0, 60) : reason);
    cleanUp();
  }

  private void answerFailure(Throwable failure, String ref) {
    if (failure instanceof ChatException chat) {
      out.write(ChatCodec.error(chat));
    } else {
      log.warn("chat frame failed", failure);
      out.write(ChatCodec.error(new ChatException(ErrorCode.UNAVAILABLE, "Not done; retry in a moment.", ref)));
    }
  }

  private void cleanUp() {
    if (cleaned) {
      return;
    }
    cleaned = true;
    hub.vertx().cancelTimer(authTimer);
    if (user != null) {
      rooms.leaveAll(user);
      endpoint.users().remove(user.id(), this);
      hub.closed(this);
    }
  }
}
