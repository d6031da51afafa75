package eu.urbis.notify;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.ZoneOffset;

/**
 * Every {@link AckReminderConfig#every()}, each announcement older than {@link AckReminderConfig#after()} that a city
 * of its audience has not acknowledged reminds that city's coordinators (or its members, while it has none), once per
 * announcement and city: every node runs the job, the {@code ack_reminders} row makes the first one the only one.
 */
public final class AckReminders {
  private static final Logger log = LoggerFactory.getLogger(AckReminders.class);

  private final Vertx vertx;
  private final Pool pool;
  private final NotificationRepository repository;
  private final Fanout fanout;
  private final AckReminderConfig config;
  private final Clock clock;

  AckReminders(Vertx vertx, Pool pool, NotificationRepository repository, Fanout fanout, AckReminderConfig config, Clock clock) {
    this.vertx = vertx;
    this.pool = pool;
    this.repository = repository;
    this.fanout = fanout;
    this.config = config;
    this.clock = clock;
  }

  /** The timer belongs to the Vert.x instance and ends with it. */
  public void schedule() {
    vertx.setPeriodic(config.every().toMillis(), id -> run()
      .onFailure(failure -> log.warn("acknowledgement reminders failed: {}", failure.toString())));
  }

  /** @return how many reminders were made */
  public Future<Integer> run() {
    return fanout.committed(pool, tx -> repository.fanOutAckReminders(tx, clock.instant().minus(config.after()).atOffset(ZoneOffset.UTC)));
  }
}
