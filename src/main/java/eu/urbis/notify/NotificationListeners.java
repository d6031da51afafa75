package eu.urbis.notify;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.sqlclient.Pool;

import java.util.Set;
import java.util.function.Supplier;

/**
 * The listeners that turn events into notifications, deployed on a worker context of their own. A fan-out's answer
 * is read and pushed to its recipients in one go (a batch of 16 watched posts is 256 frames, each encoded), and on
 * an event loop that burst held back every request that loop serves; on a worker it shares the cores with the
 * loops instead of queueing in front of their requests. Each listener keeps its events in order: a worker context
 * runs one handler at a time.
 */
final class NotificationListeners extends VerticleBase {
  private final Pool pool;
  private final NotificationRepository repository;
  private final Fanout fanout;
  private final Supplier<Set<String>> onlineHere;

  NotificationListeners(Pool pool, NotificationRepository repository, Fanout fanout, Supplier<Set<String>> onlineHere) {
    this.pool = pool;
    this.repository = repository;
    this.fanout = fanout;
    this.onlineHere = onlineHere;
  }

  @Override
  public Future<?> start() {
    new ForumNotifier(vertx, pool, repository, fanout, onlineHere);
    new ChatNotifier(vertx, pool, repository, fanout);
    new ModerationNotifier(vertx, pool, repository, fanout);
    new ProgrammeNotifier(vertx, pool, repository, fanout);
    return Future.succeededFuture();
  }
}
