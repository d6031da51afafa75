package eu.urbis.mail;

import eu.urbis.live.LiveHub;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Writes down who has a socket open on this node now, so every node can tell who has been away long enough. */
final class Presence {
  private final Pool pool;
  private final LiveHub live;
  private final Clock clock;

  Presence(Pool pool, LiveHub live, Clock clock) {
    this.pool = pool;
    this.live = live;
    this.clock = clock;
  }

  Future<Void> record() {
    Long[] online = live.onlineUserIds().stream().map(Long::valueOf).toArray(Long[]::new);
    if (online.length == 0) {
      return Future.succeededFuture();
    }
    return pool.preparedQuery(MailSql.PRESENT)
      .execute(Tuple.tuple().addOffsetDateTime(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).addArrayOfLong(online))
      .mapEmpty();
  }
}
