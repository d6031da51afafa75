package eu.urbis.live;

import eu.urbis.bus.Addresses;
import eu.urbis.failure.Failure;
import eu.urbis.failure.Suspended;
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

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One /ws socket on its event loop: authentication within the time limit, then frames handled one after another
 * (a join's replay finishes before the next frame is looked at), each by the feature that owns its type; the
 * user's own channel is written as it comes.
 */
final class LiveConnection implements LiveSocket {
  private static final Logger log = LoggerFactory.getLogger(LiveConnection.class);
  private static final int MAX_WAITING_FRAMES = 8;
  private static final short MESSAGE_TOO_BIG = 1009;

  private final LiveHub hub;
  private final LiveEndpoint endpoint;
  private final ServerWebSocket socket;
  private final Context context;
  private final SocketWriter out;
  private final long authTimer;
  private final Set<Subscription> subscriptions = new LinkedHashSet<>();
  private final Map<String, SocketFeature.Session> sessions = new HashMap<>();
  private Future<Void> inbox = Future.succeededFuture();
  private int waiting;
  private User user;
  private String session;
  private boolean authenticating;
  private boolean cleaned;

  LiveConnection(LiveHub hub, LiveEndpoint endpoint, ServerWebSocket socket) {
    this.hub = hub;
    this.endpoint = endpoint;
    this.socket = socket;
    this.context = Vertx.currentContext();
    LiveConfig config = hub.config();
    this.out = new SocketWriter(hub.vertx(), socket, config.writeQueueMaxBytes(), config.slowConsumerMillis(),
      config.slowConsumerMaxFrames(), this::cutOff);
    this.authTimer = hub.vertx().setTimer(config.authTimeoutMillis(), id -> {
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
    JsonObject frame;
    try {
      frame = LiveFrames.parse(text);
    } catch (FrameError e) {
      if (user == null) {
        close(UNAUTHENTICATED, "The first frame must be auth.");
      } else {
        out.write(LiveFrames.error(e));
      }
      return;
    }
    if (user == null) {
      beforeAuth(frame);
    } else {
      enqueue(frame);
    }
  }

  private void onBinary() {
    if (user == null) {
      close(UNAUTHENTICATED, "The first frame must be auth.");
    } else {
      out.write(LiveFrames.error(FrameError.badFrame("Frames are JSON text.", null)));
    }
  }

  /** Only an auth frame may come first; while it is checked the socket is paused, so nothing overtakes it. */
  private void beforeAuth(JsonObject frame) {
    if (authenticating) {
      return;
    }
    String token = LiveFrames.authToken(frame);
    if (token == null) {
      close(UNAUTHENTICATED, "The first frame must be auth.");
    } else {
      authenticate(token);
    }
  }

  private void authenticate(String token) {
    authenticating = true;
    socket.pause();
    hub.authenticator().activeSession(token)
      .onSuccess(found -> {
        hub.vertx().cancelTimer(authTimer);
        user = found.user();
        session = found.session();
        hub.opened(this);
        endpoint.opened(this);
        subscriptions.add(endpoint.subscribe(Addresses.user(user.id()), (String frame) -> out.write(frame)));
        hub.features().forEach(feature -> {
          SocketFeature.Session session = feature.open(this);
          feature.frameTypes().forEach(type -> sessions.put(type, session));
        });
        out.write(LiveFrames.ready(user.ref()));
        authenticating = false;
        socket.resume();
      })
      .onFailure(failure -> close(suspended(failure) ? SUSPENDED : UNAUTHENTICATED, failure.getMessage()));
  }

  private static boolean suspended(Throwable failure) {
    return failure instanceof Suspended;
  }

  private void enqueue(JsonObject next) {
    String type = LiveFrames.type(next);
    // a client racing ahead is paused rather than queued without bound (and a long queue would then run in one go)
    if (++waiting == MAX_WAITING_FRAMES) {
      socket.pause();
    }
    inbox = inbox.transform(ignored -> handle(type, next).recover(failure -> {
      answerFailure(failure, type);
      return Future.succeededFuture();
    })).andThen(done -> {
      if (waiting-- == MAX_WAITING_FRAMES) {
        socket.resume();
      }
    });
  }

  private Future<Void> handle(String type, JsonObject frame) {
    if (cleaned) {
      return Future.succeededFuture();
    }
    SocketFeature.Session session = sessions.get(type);
    if (session != null) {
      return session.handle(type, frame);
    }
    if ("ping".equals(type)) {
      out.write(LiveFrames.pong());
    } else if ("auth".equals(type)) {
      out.write(LiveFrames.error(FrameError.badFrame("Already authenticated.", type)));
    } else {
      out.write(LiveFrames.error(FrameError.badFrame(LiveFrames.unknownType(type), null)));
    }
    return Future.succeededFuture();
  }

  /**
   * The frame decoder refuses frames over 64 KiB, and the message aggregator messages over 64 KiB however many
   * fragments they came in; the client is told why with the code it names (1009).
   */
  private void onFailure(Throwable failure) {
    if (failure instanceof CorruptedWebSocketFrameException corrupt) {
      close((short) corrupt.closeStatus().code(), "Frame too big or malformed.");
    } else if (messageTooBig(failure)) {
      close(MESSAGE_TOO_BIG, "Message over 64 KiB.");
    } else {
      log.debug("socket failed: {}", failure.toString());
    }
  }

  /** Vert.x reports an overflowing fragmented message only by this exception and its text. */
  private static boolean messageTooBig(Throwable failure) {
    return failure instanceof IllegalStateException && String.valueOf(failure.getMessage()).contains("max message size");
  }

  private void answerFailure(Throwable failure, String ref) {
    if (failure instanceof FrameError error) {
      out.write(LiveFrames.error(error));
    } else if (failure instanceof Failure domain) {
      out.write(LiveFrames.error(FrameErrors.of(domain, ref)));
    } else {
      log.warn("socket frame failed", failure);
      out.write(LiveFrames.error(new FrameError("unavailable", "Not done; retry in a moment.", ref)));
    }
  }

  private void cutOff() {
    hub.slowConsumerCutOff();
    cleanUp();
  }

  @Override
  public User user() {
    return user;
  }

  @Override
  public Vertx vertx() {
    return hub.vertx();
  }

  @Override
  public void write(String frame) {
    out.write(frame);
  }

  @Override
  public <E> Subscription subscribe(String address, Consumer<E> handler) {
    Subscription subscription = endpoint.subscribe(address, handler);
    subscriptions.add(subscription);
    return new Subscription() {
      @Override
      public Future<Void> ready() {
        return subscription.ready();
      }

      @Override
      public void cancel() {
        subscriptions.remove(subscription);
        subscription.cancel();
      }
    };
  }

  @Override
  public boolean closed() {
    return out.closed();
  }

  /** A logout ended a session of this user: the socket closes when it was opened with that session's token. */
  void sessionEnded(String ended) {
    if (ended.equals(session)) {
      close(UNAUTHENTICATED, "Logged out.");
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

  @Override
  public void close(short code, String reason) {
    // a close reason is at most 123 bytes on the wire
    out.close(code, reason.length() > 60 ? reason.substring(0, 60) : reason);
    cleanUp();
  }

  private void cleanUp() {
    if (cleaned) {
      return;
    }
    cleaned = true;
    hub.vertx().cancelTimer(authTimer);
    if (user != null) {
      sessions.values().stream().distinct().forEach(SocketFeature.Session::closed);
      List.copyOf(subscriptions).forEach(Subscription::cancel);
      endpoint.closed(this);
      hub.closed(this);
    }
  }
}
