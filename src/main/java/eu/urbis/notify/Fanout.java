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

  /**
   * Rows another node inserted first are not returned, so each fresh notification is pushed once, by one node, to
   * every node; a notification that only gathered a post (not fresh) was found by each node for its own sockets.
   */
  void push(List<NotificationRepository.Made> made) {
    for (NotificationRepository.Made one : made) {
      String userId = Long.toString(one.userId());
      NotificationFrames.Arrived frame = new NotificationFrames.Arrived(one.notification(), one.unread(), one.postId());
      if (one.fresh()) {
        live.push(userId, frame);
      } else {
        live.pushHere(userId, frame);
      }
    }
  }

  /** Runs {@code statement} (an event's notifications) in a transaction and pushes what it made once that commits. */
  Future<Integer> committed(Pool pool, Function<SqlClient, Future<List<NotificationRepository.Made>>> statement) {
    return Transactions.run(pool, (tx, afterCommit) -> statement.apply(tx)
      .onSuccess(made -> afterCommit.add(() -> push(made)))
      .map(List::size));
  }
}
