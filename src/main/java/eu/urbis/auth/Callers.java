package eu.urbis.auth;

import eu.urbis.bus.Addresses;
import eu.urbis.user.User;
import eu.urbis.user.UserRepository;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The current state of the user behind a token, looked up on every request and cached briefly.
 * Any change of role or status is published on {@link Addresses#USER_CHANGED}, which evicts the entry on
 * every node, so a suspension bites on the very next request rather than when the cache expires.
 */
public final class Callers {
  private static final long TTL_NANOS = TimeUnit.SECONDS.toNanos(5);

  private record Cached(User user, long loadedNanos) {
  }

  private final Pool pool;
  private final UserRepository users;
  private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

  public Callers(Vertx vertx, Pool pool, UserRepository users) {
    this.pool = pool;
    this.users = users;
    // a cluster-wide consumer: a change made on any node evicts the copy cached here
    vertx.eventBus().<String>consumer(Addresses.USER_CHANGED, message -> cache.remove(message.body()));
  }

  public Future<Optional<User>> current(String userId) {
    Cached cached = cache.get(userId);
    if (cached != null && System.nanoTime() - cached.loadedNanos < TTL_NANOS) {
      return Future.succeededFuture(Optional.of(cached.user));
    }
    return users.findById(pool, Long.parseLong(userId))
      .onSuccess(found -> found.ifPresentOrElse(
        user -> cache.put(userId, new Cached(user, System.nanoTime())),
        () -> cache.remove(userId)));
  }

  /** Tell every node that this user changed; call after the change has committed. */
  public static void publishChanged(Vertx vertx, String userId) {
    vertx.eventBus().publish(Addresses.USER_CHANGED, userId);
  }
}
