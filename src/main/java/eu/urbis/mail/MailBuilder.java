package eu.urbis.mail;

import eu.urbis.db.Rows;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Queues the mails that are due: one per immediate item, one digest per person and period. The items are read by
 * one statement per slice, rendered on a worker thread (never an event loop), and queued by one batch statement.
 */
final class MailBuilder {
  private final Vertx vertx;
  private final Pool pool;
  private final Outbox outbox;
  private final MailRenderer renderer;
  private final MailConfig config;
  private final Clock clock;

  MailBuilder(Vertx vertx, Pool pool, Outbox outbox, MailRenderer renderer, MailConfig config, Clock clock) {
    this.vertx = vertx;
    this.pool = pool;
    this.outbox = outbox;
    this.renderer = renderer;
    this.config = config;
    this.clock = clock;
  }

  /** @return how many items were due (a full batch means more may wait for the next tick) */
  Future<Integer> immediate() {
    Tuple params = Tuple.of(now(), (double) config.emailDelay().toSeconds(), config.batch());
    return pool.preparedQuery(MailSql.DUE_IMMEDIATE).mapping(MailItem::fromRow).execute(params)
      .map(Rows::list)
      .compose(items -> vertx.executeBlocking(() -> items.stream().map(renderer::immediate).toList(), false)
        .compose(outbox::enqueue)
        .map(items.size()));
  }

  /** The latest daily and weekly periods; a period already queued for someone queues nothing more for them. */
  Future<Integer> digests() {
    return digest(DigestPeriod.latest("daily", clock.instant(), config.digestHour()))
      .compose(daily -> digest(DigestPeriod.latest("weekly", clock.instant(), config.digestHour())).map(weekly -> daily + weekly));
  }

  /** @return how many digests were queued for {@code period} */
  Future<Integer> digest(DigestPeriod period) {
    return slice(period, 0, 0);
  }

  private Future<Integer> slice(DigestPeriod period, long afterUser, int queued) {
    OffsetDateTime start = OffsetDateTime.ofInstant(period.start(), ZoneOffset.UTC);
    OffsetDateTime end = OffsetDateTime.ofInstant(period.end(), ZoneOffset.UTC);
    Tuple users = Tuple.of(period.mode(), start, end, afterUser, config.batch(), period.about());
    return pool.preparedQuery(MailSql.DIGEST_USERS).mapping(row -> row.getLong("id")).execute(users)
      .map(Rows::list)
      .compose(ids -> {
        if (ids.isEmpty()) {
          return Future.succeededFuture(queued);
        }
        Tuple items = Tuple.of(now(), ids.toArray(new Long[0]), start, end);
        return pool.preparedQuery(MailSql.DIGEST_ITEMS).mapping(MailItem::fromRow).execute(items)
          .map(Rows::list)
          .compose(found -> vertx.executeBlocking(() -> byPerson(found).stream().map(mine -> renderer.digest(period, mine)).toList(), false))
          .compose(mails -> outbox.enqueue(mails).map(mails.size()))
          .compose(count -> slice(period, ids.get(ids.size() - 1), queued + count));
      });
  }

  /** Rows come ordered by user: consecutive runs are one person's. */
  private static List<List<MailItem>> byPerson(List<MailItem> items) {
    List<List<MailItem>> people = new ArrayList<>();
    List<MailItem> current = null;
    for (MailItem item : items) {
      if (current == null || current.get(0).userId() != item.userId()) {
        current = new ArrayList<>();
        people.add(current);
      }
      current.add(item);
    }
    return people;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
