package eu.urbis.notify;

import eu.urbis.bus.Addresses;
import eu.urbis.moderation.ReportResolved;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hears resolved reports ({@link Addresses#MODERATION}, after their commit): the reporter and, on removal, the author are told. */
final class ModerationNotifier {
  private static final Logger log = LoggerFactory.getLogger(ModerationNotifier.class);

  private final Pool pool;
  private final NotificationRepository repository;
  private final Fanout fanout;

  ModerationNotifier(Vertx vertx, Pool pool, NotificationRepository repository, Fanout fanout) {
    this.pool = pool;
    this.repository = repository;
    this.fanout = fanout;
    vertx.eventBus().<JsonObject>consumer(Addresses.MODERATION, message -> {
      ReportResolved resolved = ReportResolved.fromJson(message.body());
      heard(resolved).onFailure(failure -> log.warn("notifications of report {} failed: {}", resolved.reportId(), failure.toString()));
    });
  }

  Future<Void> heard(ReportResolved resolved) {
    return fanout.committed(pool, tx -> repository.fanOutReport(tx, Long.parseLong(resolved.reportId()))).mapEmpty();
  }
}
