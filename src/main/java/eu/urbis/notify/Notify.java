package eu.urbis.notify;

import eu.urbis.live.LiveHub;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;

import java.time.Clock;

/**
 * Notifications, built once per process: the inbox routes, the listeners that turn events into notifications (a
 * verticle, deployed before the HTTP verticles so that no event goes unheard), and the acknowledgement reminder job
 * (scheduled once the server runs).
 */
public record Notify(NotificationRoutes routes, VerticleBase listeners, AckReminders ackReminders) {
  public static Notify create(Vertx vertx, Pool pool, LiveHub live, AckReminderConfig reminders, Clock clock) {
    NotificationRepository repository = new NotificationRepository();
    Fanout fanout = new Fanout(live.users());
    return new Notify(new NotificationRoutes(new NotificationService(pool, repository, live.users())),
      new NotificationListeners(pool, repository, fanout, live::onlineUserIds),
      new AckReminders(vertx, pool, repository, fanout, reminders, clock));
  }
}
