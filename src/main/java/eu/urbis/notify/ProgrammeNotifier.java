package eu.urbis.notify;

import eu.urbis.bus.Addresses;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears the programme's events ({@link Addresses#PROGRAMME}, after their commit): a practice claimed, validated or
 * returned tells its author ({@code practice_review}); a city changing its stage with a practice tells the practice's
 * author ({@code adoption}); a request opened tells who could help, accepted its author, closed its helper
 * ({@code request}). The events carry ids; what the notification says is read from the rows they name.
 */
final class ProgrammeNotifier {
  private static final Logger log = LoggerFactory.getLogger(ProgrammeNotifier.class);

  private final Pool pool;
  private final NotificationRepository repository;
  private final Fanout fanout;
  /** One event's notifications after the other, in the order the events came. */
  private Future<Void> queue = Future.succeededFuture();

  ProgrammeNotifier(Vertx vertx, Pool pool, NotificationRepository repository, Fanout fanout) {
    this.pool = pool;
    this.repository = repository;
    this.fanout = fanout;
    vertx.eventBus().<JsonObject>consumer(Addresses.PROGRAMME, message -> queue = queue.transform(ignored -> heard(message.body())
      .onFailure(failure -> log.warn("notifications of {} failed: {}", message.body().getString("type"), failure.toString()))));
  }

  Future<Void> heard(JsonObject event) {
    String type = event.getString("type", "");
    return switch (type) {
      case "practice.transition" -> fanout.committed(pool, tx -> repository.fanOutReview(tx, threadId(event), event.getString("to"))).mapEmpty();
      case "adoption.changed" -> fanout.committed(pool, tx -> repository.fanOutAdoption(tx, threadId(event), event.getString("cityId"))).mapEmpty();
      case "request.opened" -> fanout.committed(pool, tx -> repository.fanOutRequestOpened(tx, requestId(event),
        event.getJsonArray("suggestedCityIds", new JsonArray()).stream().map(String::valueOf).toArray(String[]::new))).mapEmpty();
      case "request.accepted" -> fanout.committed(pool, tx -> repository.fanOutRequestAccepted(tx, requestId(event))).mapEmpty();
      case "request.closed" -> fanout.committed(pool, tx -> repository.fanOutRequestClosed(tx, requestId(event),
        Long.parseLong(event.getString("actorId")))).mapEmpty();
      default -> Future.succeededFuture();
    };
  }

  private static long requestId(JsonObject event) {
    return Long.parseLong(event.getString("requestId"));
  }

  private static long threadId(JsonObject event) {
    return Long.parseLong(event.getString("threadId"));
  }
}
