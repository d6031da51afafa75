package eu.urbis.auth;

import eu.urbis.bus.Addresses;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;

import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Whether an access token's session (its refresh-token family) is still open, so a token stops working the moment
 * its session is logged out rather than when it expires. The state is read from {@code refresh_tokens} (open: the
 * family has a token not revoked, or no tokens at all) and kept for a few seconds, so an active session costs one
 * indexed read per {@link #TTL_NANOS}, not one per request. A logout marks its session ended here before it answers,
 * and on every other node through {@link Addresses#SESSION_ENDED}; the few seconds bound only how late a revocation
 * that publishes nothing (a refresh token used twice, which revokes its family) is noticed.
 */
public final class OpenSessions {
  static final long TTL_NANOS = TimeUnit.SECONDS.toNanos(5);

  private static final String OPEN = """
    SELECT NOT EXISTS (SELECT 1 FROM refresh_tokens WHERE family_id = $1)
      OR EXISTS (SELECT 1 FROM refresh_tokens WHERE family_id = $1 AND revoked_at IS NULL) AS open""";

  private record Cached(boolean open, long loadedNanos) {
    boolean fresh(long now) {
      return now - loadedNanos < TTL_NANOS;
    }
  }

  private final Pool pool;
  private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

  public OpenSessions(Vertx vertx, Pool pool) {
    this.pool = pool;
    // a cluster-wide consumer: a logout on any node ends the session here too
    vertx.eventBus().<JsonObject>consumer(Addresses.SESSION_ENDED, message -> ended(message.body().getString("session")));
    // the timer belongs to the Vert.x instance and ends with it
    vertx.setPeriodic(TimeUnit.NANOSECONDS.toMillis(TTL_NANOS) * 12, id -> {
      long now = System.nanoTime();
      cache.values().removeIf(cached -> !cached.fresh(now));
    });
  }

  /** Tokens issued before sessions were named carry none ({@code null}): they live until they expire. */
  Future<Boolean> open(String session) {
    UUID family = family(session);
    if (family == null) {
      return Future.succeededFuture(session == null);
    }
    Cached cached = cache.get(session);
    if (cached != null && cached.fresh(System.nanoTime())) {
      return Future.succeededFuture(cached.open);
    }
    return pool.preparedQuery(OPEN).execute(Tuple.of(family))
      .map(rows -> rows.iterator().next().getBoolean("open"))
      .onSuccess(open -> cache.merge(session, new Cached(open, System.nanoTime()),
        // an end recorded while the read was under way stands
        (was, read) -> was.open ? read : was));
  }

  /** The session's tokens are refused from now on; its revocation has committed. */
  void ended(String session) {
    if (session != null) {
      cache.put(session, new Cached(false, System.nanoTime()));
    }
  }

  private static UUID family(String session) {
    if (session == null) {
      return null;
    }
    try {
      return UUID.fromString(session);
    } catch (IllegalArgumentException notOurs) {
      return null;
    }
  }
}
