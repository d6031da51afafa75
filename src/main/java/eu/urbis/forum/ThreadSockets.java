package eu.urbis.forum;

import eu.urbis.bus.Addresses;
import eu.urbis.live.FrameError;
import eu.urbis.live.LiveFrames;
import eu.urbis.live.LiveSocket;
import eu.urbis.live.SocketFeature;
import eu.urbis.live.Subscription;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Live thread pages: {@code {"type": "subscribe", "thread"}} gets the socket every {@link ForumEvent} of that thread
 * as {@code {"type": "forum", "event": {...}}} (ids and flags, never text: the page re-reads what it shows);
 * {@code unsubscribe} ends it. Every signed-in user may read every thread, so existing is the only check.
 */
final class ThreadSockets implements SocketFeature {
  /** A socket follows the threads open in its tab, a handful; this only bounds a client gone wrong. */
  static final int MAX_THREADS_PER_SOCKET = 50;

  private final Pool pool;
  private final ForumRepository threads;

  ThreadSockets(Pool pool, ForumRepository threads) {
    this.pool = pool;
    this.threads = threads;
  }

  @Override
  public Set<String> frameTypes() {
    return Set.of("subscribe", "unsubscribe");
  }

  @Override
  public Session open(LiveSocket socket) {
    return new Followed(socket);
  }

  private final class Followed implements Session {
    private final LiveSocket socket;
    private final Map<Long, Subscription> followed = new HashMap<>();

    Followed(LiveSocket socket) {
      this.socket = socket;
    }

    @Override
    public Future<Void> handle(String type, JsonObject frame) {
      if (!(frame.getValue("thread") instanceof String)) {
        return Future.failedFuture(FrameError.badFrame("'thread' must be a string.", type));
      }
      Long thread = threadId(frame.getString("thread"));
      if (thread == null) {
        return Future.failedFuture(new FrameError("unknown_thread", "No such thread.", type));
      }
      if ("unsubscribe".equals(type)) {
        Subscription gone = followed.remove(thread);
        if (gone != null) {
          gone.cancel();
        }
        socket.write(answer("unsubscribed", thread));
        return Future.succeededFuture();
      }
      if (followed.containsKey(thread)) {
        socket.write(answer("subscribed", thread));
        return Future.succeededFuture();
      }
      if (followed.size() >= MAX_THREADS_PER_SOCKET) {
        return Future.failedFuture(FrameError.badFrame("At most " + MAX_THREADS_PER_SOCKET + " threads per socket.", type));
      }
      return subscribe(thread, type);
    }

    /** Subscribed before the thread is read: an event committed after the read cannot slip past. */
    private Future<Void> subscribe(long thread, String type) {
      Subscription subscription = socket.subscribe(Addresses.thread(Long.toString(thread)), this::deliver);
      followed.put(thread, subscription);
      return subscription.ready()
        .compose(v -> threads.threadRef(pool, thread))
        .compose(found -> {
          if (found.isEmpty()) {
            followed.remove(thread);
            subscription.cancel();
            return Future.failedFuture(new FrameError("unknown_thread", "No such thread.", type));
          }
          socket.write(answer("subscribed", thread));
          return Future.succeededFuture();
        });
    }

    private void deliver(ForumEvent event) {
      socket.write(LiveFrames.frame("forum").put("event", ForumEventCodec.toJson(event)).encode());
    }

    @Override
    public void closed() {
      followed.clear();
    }
  }

  private static Long threadId(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String answer(String type, long thread) {
    return LiveFrames.frame(type).put("thread", Long.toString(thread)).encode();
  }
}
