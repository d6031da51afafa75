package eu.urbis.notify;

import eu.urbis.live.LiveHub;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;

import java.time.Clock;

/**
 * Notifications, built once per process: the inbox routes, the listeners that turn events into notifications, and
 * the acknowledgement reminder job (scheduled once the server runs).
 */
public record Notify(NotificationRoutes routes, AckReminders ackReminders) {
  public static Notify create(Vertx vertx, Pool pool, LiveHub live, AckReminderConfig reminders, Clock clock) {
    NotificationRepository repository = new NotificationRepository();
    Fanout fanout = new Fanout(live.users());
    new ForumNotifier(vertx, pool, repository, fanout, live::onlineUserIds);
    new ChatNotifier(vertx, pool, repository, fanout);
    new ModerationNotifier(vertx, pool, repository, fanout);
    new ProgrammeNotifier(vertx, pool, repository, fanout);
    return new Notify(new NotificationRoutes(new NotificationService(pool, repository, live.users())),
      new AckReminders(vertx, pool, repository, fanout, reminders, clock));
  }
}
