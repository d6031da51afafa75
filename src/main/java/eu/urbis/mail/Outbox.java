package eu.urbis.mail;

import eu.urbis.db.Rows;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The outbox table: queue once, claim under a lease, mark sent or not. */
final class Outbox {
  private final Pool pool;
  private final Clock clock;

  Outbox(Pool pool, Clock clock) {
    this.pool = pool;
    this.clock = clock;
  }

  /** One batch statement; a mail already queued for the same (user, about) is left as it is. */
  Future<Void> enqueue(List<QueuedMail> mails) {
    if (mails.isEmpty()) {
      return Future.succeededFuture();
    }
    OffsetDateTime now = now();
    List<Tuple> rows = mails.stream()
      .map(mail -> Tuple.of(mail.userId(), mail.about(), mail.recipient(), mail.subject(), mail.text(), mail.html(), mail.unsubscribeUrl(), now))
      .toList();
    return pool.preparedQuery(MailSql.ENQUEUE).executeBatch(rows).mapEmpty();
  }

  Future<Void> cancelUnmailable() {
    return pool.preparedQuery(MailSql.CANCEL_UNMAILABLE).execute(Tuple.of(now())).mapEmpty();
  }

  /** Its own short transaction: the rows are leased when it commits, and no lock is held while mail is sent. */
  Future<List<Outgoing>> claim(int limit, Duration lease) {
    return pool.withTransaction(tx -> tx.preparedQuery(MailSql.CLAIM)
      .mapping(Outgoing::fromRow)
      .execute(Tuple.of(now(), limit, (double) lease.toSeconds()))
      .map(Rows::list));
  }

  Future<Void> sent(List<Long> ids) {
    if (ids.isEmpty()) {
      return Future.succeededFuture();
    }
    OffsetDateTime now = now();
    return pool.preparedQuery(MailSql.SENT).executeBatch(ids.stream().map(id -> Tuple.of(id, now)).toList()).mapEmpty();
  }

  /** @param giveUp true after the last attempt: the row stays, failed, with the error */
  Future<Void> notSent(long id, Duration retryIn, boolean giveUp, String error) {
    return pool.preparedQuery(MailSql.NOT_SENT)
      .execute(Tuple.of(id, now().plus(retryIn), giveUp, error))
      .mapEmpty();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
