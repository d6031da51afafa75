package eu.urbis.chat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Deletes the messages older than their room's {@code retentionDays}, with their file links and notifications, a
 * batch per statement ({@link ChatSql#PURGE_EXPIRED}), until a batch comes back short. Every node may run it at the
 * same moment: each batch skips the rows another has locked. The files themselves stay their uploaders' (in their
 * library and quota); only the link to the message goes, so nothing finds them through it any more.
 */
public final class MessageRetention {
  private static final Logger log = LoggerFactory.getLogger(MessageRetention.class);
  static final int BATCH = 1_000;

  private final Vertx vertx;
  private final Pool pool;
  private final Clock clock;

  MessageRetention(Vertx vertx, Pool pool, Clock clock) {
    this.vertx = vertx;
    this.pool = pool;
    this.clock = clock;
  }

  /** Runs every {@code interval}; the timer belongs to the Vert.x instance and ends with it. */
  public void schedule(Duration interval) {
    vertx.setPeriodic(interval.toMillis(), id -> purge()
      .onSuccess(deleted -> {
        if (deleted > 0) {
          log.info("retention: deleted {} chat messages", deleted);
        }
      })
      .onFailure(failure -> log.warn("deleting chat messages past their retention failed: {}", failure.toString())));
  }

  /** @return how many messages were deleted, by the {@link Clock} of the server */
  public Future<Integer> purge() {
    return batches(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), 0);
  }

  private Future<Integer> batches(OffsetDateTime now, int deleted) {
    return pool.preparedQuery(ChatSql.PURGE_EXPIRED).execute(Tuple.of(now, BATCH))
      .compose(rows -> rows.rowCount() < BATCH ? Future.succeededFuture(deleted + rows.rowCount())
        : batches(now, deleted + rows.rowCount()));
  }
}
