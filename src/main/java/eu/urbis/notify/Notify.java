package eu.urbis.notify;

import eu.urbis.live.LiveUsers;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;

/** Notifications, built once per process: the inbox routes, and the listeners that turn events into notifications. */
public record Notify(NotificationRoutes routes) {
  public static Notify create(Vertx vertx, Pool pool, LiveUsers live) {
    NotificationRepository repository = new NotificationRepository();
    Fanout fanout = new Fanout(live);
    new ForumNotifier(vertx, pool, repository, fanout);
    new ChatNotifier(vertx, pool, repository, fanout);
    new ModerationNotifier(vertx, pool, repository, fanout);
    return new Notify(new NotificationRoutes(new NotificationService(pool, repository, live)));
  }
}
