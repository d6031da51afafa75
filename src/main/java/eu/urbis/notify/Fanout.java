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
  /**
   * A fan-out reads rows by key (a thread's watchers, each watcher's open row, each recipient's unread count), and
   * the plan PostgreSQL caches for its statement outlives the table sizes it was made for: planned while
   * {@code notifications} was nearly empty, it read the whole table once per watcher after a fan-out had opened
   * thousands of rows, 10–14 s a batch until an ANALYZE replanned it (docs/performance.md). With sequential scans off
   * for its transaction ({@code SET LOCAL}, so the pooled connection goes back as it came) the plan keeps to the
   * indexes whatever the statistics said when it was made.
   */
  private static final String KEYED_PLANS = "SET LOCAL enable_seqscan = off";

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
    return Transactions.run(pool, (tx, afterCommit) -> tx.query(KEYED_PLANS).execute()
      .compose(set -> statement.apply(tx))
      .onSuccess(made -> afterCommit.add(() -> push(made)))
      .map(List::size));
  }
}
