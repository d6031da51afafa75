package eu.urbis.files;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;

/**
 * Frees the storage of contents nothing references any more (every upload of it removed), a batch at a time. For
 * each, under its row lock, the stored copy goes first and the rows after, so an upload of the same content that
 * arrives meanwhile waits for the lock and then finds the content gone and stores it again.
 */
public final class StorageReclaimer {
  private static final Logger log = LoggerFactory.getLogger(StorageReclaimer.class);
  private static final int BATCH = 50;

  private final Vertx vertx;
  private final Pool pool;
  private final FileRepository files;
  private final FileStore store;
  private final Duration grace;

  StorageReclaimer(Vertx vertx, Pool pool, FileRepository files, FileStore store, Duration grace) {
    this.vertx = vertx;
    this.pool = pool;
    this.files = files;
    this.store = store;
    this.grace = grace;
  }

  /** Runs every {@code interval}; the timer belongs to the Vert.x instance and ends with it. */
  public void schedule(Duration interval) {
    vertx.setPeriodic(interval.toMillis(), id -> reclaim()
      .onFailure(failure -> log.warn("reclaiming file storage failed: {}", failure.toString())));
  }

  /** @return how many contents were freed */
  public Future<Integer> reclaim() {
    return pool.withTransaction(tx -> files.lockUnreferenced(tx, grace.toSeconds(), BATCH)
      .compose(shas -> freeAll(tx, shas, 0).map(shas.size())));
  }

  private Future<Void> freeAll(io.vertx.sqlclient.SqlClient tx, List<String> shas, int next) {
    if (next >= shas.size()) {
      return Future.succeededFuture();
    }
    String sha = shas.get(next);
    return store.delete(sha)
      .compose(v -> files.deleteContent(tx, sha))
      .compose(v -> freeAll(tx, shas, next + 1));
  }
}
