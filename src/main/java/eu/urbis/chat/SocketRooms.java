package eu.urbis.chat;

import eu.urbis.bus.Addresses;
import eu.urbis.live.LiveSocket;
import eu.urbis.live.Subscription;
import eu.urbis.user.User;
import eu.urbis.user.UserRef;
import io.vertx.core.Future;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The rooms one socket has joined: joining with the switch from replay to live, leaving, presence and typing, and
 * the room events it is due. Lives on the socket's event loop.
 */
final class SocketRooms {
  private static final int MAX_HELD_WHILE_REPLAYING = 10_000;
  private static final int REPLAY_PAGE = 500;
  private static final long TYPING_EVERY_NANOS = 1_000_000_000L;
  /** How long a joiner listens for other nodes' answers about who is online. */
  private static final long ROSTER_ANSWER_MS = 2_000;
  /** How long a message that overtook an earlier one (from another node) waits before the gap is read from the database. */
  private static final long GAP_WAIT_MS = 250;

  private final ChatHub hub;
  private final LiveSocket socket;
  private final Map<Long, JoinedRoom> joined = new HashMap<>();
  private final Map<Long, Subscription> subscribed = new HashMap<>();
  private final Map<Long, Long> lastTyping = new HashMap<>();
  private final Map<Long, Long> gapTimers = new HashMap<>();

  SocketRooms(ChatHub hub, LiveSocket socket) {
    this.hub = hub;
    this.socket = socket;
  }

  /** Subscribe first, then read lastSeq and the history, then go live: nothing missed, nothing twice. */
  Future<Void> join(User user, ClientFrame.Join join) {
    long room = join.room();
    boolean rejoin = joined.containsKey(room);
    JoinedRoom state = new JoinedRoom(MAX_HELD_WHILE_REPLAYING);
    joined.put(room, state);
    return subscribed.computeIfAbsent(room, this::subscribe).ready()
      .compose(v -> hub.rooms().visibleRoom(user, room))
      .compose(found -> found.isEmpty()
        ? Future.failedFuture(ChatException.unknownRoom(join.type()))
        : hub.mutes().of(room).map(mutes -> {
          state.mutes(mutes);
          return found.get();
        }))
      .compose(found -> {
        socket.write(ChatCodec.joined(room, found.lastSeq()));
        if (!rejoin) {
          announce(user, room);
        }
        return join.since() == null ? Future.succeededFuture(found.lastSeq())
          : replay(room, state, join.since()).onSuccess(upTo -> hub.metrics().replaySizes.record(Math.max(0, upTo - join.since())));
      })
      .onSuccess(upTo -> {
        if (joined.get(room) == state) {
          state.goLive(Math.max(upTo, join.since() == null ? 0 : join.since())).forEach(event -> write(state, event));
        }
      })
      .onFailure(failure -> {
        if (joined.get(room) == state) {
          joined.remove(room);
          unsubscribe(room);
        }
      })
      .mapEmpty();
  }

  private Subscription subscribe(long room) {
    return socket.subscribe(Addresses.room(Long.toString(room)), (RoomEvent event) -> {
      if (!deliver(socket.user().id(), event)) {
        socket.close(LiveSocket.TRY_AGAIN_LATER, "Too slow to catch up; reconnect with since.");
      }
    });
  }

  private void unsubscribe(long room) {
    Subscription subscription = subscribed.remove(room);
    if (subscription != null) {
      subscription.cancel();
    }
  }

  private Future<Long> replay(long room, JoinedRoom state, long after) {
    return hub.rooms().replay(room, after, REPLAY_PAGE).compose(page -> {
      page.forEach(message -> writeStored(state, message));
      long last = page.isEmpty() ? after : page.get(page.size() - 1).seq();
      return page.size() < REPLAY_PAGE || socket.closed() ? Future.succeededFuture(last) : replay(room, state, last);
    });
  }

  /** The first socket of a user in a room announces them; the joiner learns who is already here. */
  private void announce(User user, long room) {
    if (hub.presence().enter(room, user.ref())) {
      hub.publish(RoomEvent.of(room, ChatCodec.presence(room, user.ref(), true)));
    }
    Set<String> told = new HashSet<>(Set.of(user.id()));
    hub.presence().online(room).stream()
      .filter(other -> told.add(other.id()))
      .forEach(other -> socket.write(ChatCodec.presence(room, other, true)));
    if (hub.vertx().isClustered()) {
      askOtherNodes(room, told);
    }
  }

  /** Who is online in the room on the other nodes: every node answers for its own sockets, within a moment. */
  private void askOtherNodes(long room, Set<String> told) {
    EventBus bus = hub.vertx().eventBus();
    // unique, not secret: a random UUID would read /dev/urandom on this event loop
    String replyTo = Addresses.CHAT_ROSTER_QUESTION + "." + new UUID(ThreadLocalRandom.current().nextLong(), ThreadLocalRandom.current().nextLong());
    MessageConsumer<JsonObject> answers = bus.consumer(replyTo, answer -> {
      UserRef other = UserRef.fromJson(answer.body());
      if (joined.containsKey(room) && told.add(other.id())) {
        socket.write(ChatCodec.presence(room, other, true));
      }
    });
    answers.completion().onSuccess(v -> bus.publish(Addresses.CHAT_ROSTER_QUESTION, new JsonObject().put("room", room).put("replyTo", replyTo)));
    hub.vertx().setTimer(ROSTER_ANSWER_MS, id -> answers.unregister());
  }

  void leave(User user, long room) {
    if (joined.remove(room) != null) {
      unsubscribe(room);
      if (hub.presence().exit(room, user.ref())) {
        hub.publish(RoomEvent.of(room, ChatCodec.presence(room, user.ref(), false)));
      }
    }
  }

  void leaveAll(User user) {
    List.copyOf(joined.keySet()).forEach(room -> leave(user, room));
  }

  /** Typing notices are ephemeral and throttled to one per room per second. */
  void typing(User user, long room) {
    long now = System.nanoTime();
    Long last = lastTyping.get(room);
    if (last != null && now - last < TYPING_EVERY_NANOS) {
      return;
    }
    lastTyping.put(room, now);
    hub.publish(new RoomEvent(room, 0, ChatCodec.typing(room, user.ref()), user.id()));
  }

  /** @return false when the socket is too far behind to hold any more events while it replays */
  private boolean deliver(String userId, RoomEvent event) {
    JoinedRoom state = joined.get(event.room());
    if (state == null || userId.equals(event.skipUserId())) {
      return true;
    }
    if (!state.live()) {
      return state.hold(event);
    }
    state.admit(event).forEach(due -> write(state, due));
    awaitGap(event.room(), state);
    return true;
  }

  /** The user is read at each write: after a role change the next frame carries the new role's {@code can}. */
  private void write(JoinedRoom state, RoomEvent event) {
    User user = socket.user();
    String frame = event.frameFor(user, state.muted(user.id()));
    if (event.seq() > 0) {
      writeMessage(frame);
    } else {
      socket.write(frame);
    }
  }

  /** A message read from the database (replay, a gap) for this socket alone. */
  private void writeStored(JoinedRoom state, ChatMessage message) {
    User user = socket.user();
    writeMessage(ChatCodec.message(message, message.can(user, state.muted(user.id()))));
  }

  private void writeMessage(String frame) {
    hub.metrics().deliveries.increment();
    socket.write(frame);
  }

  /**
   * A message from another node overtook an earlier one: give the earlier one a moment to arrive, then read what
   * is still missing from the database, where every acknowledged message already is.
   */
  private void awaitGap(long room, JoinedRoom state) {
    if (!state.gapped() || gapTimers.containsKey(room)) {
      return;
    }
    gapTimers.put(room, hub.vertx().setTimer(GAP_WAIT_MS, timer -> {
      gapTimers.remove(room);
      if (joined.get(room) != state || !state.gapped()) {
        return;
      }
      long before = state.firstEarlySeq();
      hub.rooms().replay(room, state.lastSeq(), (int) Math.min(REPLAY_PAGE, before - state.lastSeq() - 1))
        .onSuccess(missing -> {
          long sentUpTo = state.lastSeq();
          for (ChatMessage message : missing) {
            if (message.seq() < before) {
              writeStored(state, message);
              sentUpTo = message.seq();
            }
          }
          state.filledUpTo(sentUpTo).forEach(event -> write(state, event));
          awaitGap(room, state);
        });
    }));
  }
}
