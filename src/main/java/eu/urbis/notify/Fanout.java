package eu.urbis.notify;

import eu.urbis.db.Transactions;
import eu.urbis.live.LiveUsers;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;

import java.util.List;
import java.util.function.Function;

/** After the notifications of one event are committed, each recipient's open sockets hear of theirs. */
final class Fanout {
  private final LiveUsers live;

  Fanout(LiveUsers live) {
    this.live = live;
  }

  /** Rows another node inserted first are not returned, so each notification is pushed once, by one node. */
  void push(List<NotificationRepository.Made> made) {
    made.forEach(one -> live.push(Long.toString(one.userId()), new NotificationFrames.Arrived(one.notification(), one.unread())));
  }

  /** Runs {@code statement} (an event's notifications) in a transaction and pushes what it made once that commits. */
  Future<Integer> committed(Pool pool, Function<SqlClient, Future<List<NotificationRepository.Made>>> statement) {
    return Transactions.run(pool, (tx, afterCommit) -> statement.apply(tx)
      .onSuccess(made -> afterCommit.add(() -> push(made)))
      .map(List::size));
  }
}
