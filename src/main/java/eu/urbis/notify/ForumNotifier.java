package eu.urbis.notify;

import eu.urbis.bus.Addresses;
import eu.urbis.db.Transactions;
import eu.urbis.forum.ForumEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears every forum event after its commit ({@link Addresses#FORUM}) and makes the notifications of a new post in
 * one transaction: first the author's default watch (watching a thread they start, tracking one they reply in),
 * then one set-based statement for everyone else; the recipients' sockets hear after that commit. A post deleted by
 * someone other than its author tells the author.
 */
final class ForumNotifier {
  private static final Logger log = LoggerFactory.getLogger(ForumNotifier.class);

  private final Pool pool;
  private final NotificationRepository repository;
  private final Fanout fanout;
  /** One post's fan-out after the other, in the order the events came, so a default watch is in place for the next. */
  private Future<Void> queue = Future.succeededFuture();

  ForumNotifier(Vertx vertx, Pool pool, NotificationRepository repository, Fanout fanout) {
    this.pool = pool;
    this.repository = repository;
    this.fanout = fanout;
    vertx.eventBus().<ForumEvent>consumer(Addresses.FORUM, message -> heard(message.body()));
  }

  private void heard(ForumEvent event) {
    if (event instanceof ForumEvent.PostCreated created) {
      queue = queue.transform(ignored -> postCreated(Long.parseLong(created.postId()))
        .onFailure(failure -> log.warn("notifications of post {} failed: {}", created.postId(), failure.toString())));
    } else if (event instanceof ForumEvent.PostDeleted deleted && !deleted.actorId().equals(deleted.authorId())) {
      postRemoved(Long.parseLong(deleted.postId()))
        .onFailure(failure -> log.warn("notification of removed post {} failed: {}", deleted.postId(), failure.toString()));
    }
  }

  /** Someone else (a moderator) deleted the post: its author hears it, with the reason given. */
  Future<Void> postRemoved(long postId) {
    return Transactions.run(pool, (tx, afterCommit) -> repository.fanOutRemoval(tx, postId)
      .onSuccess(made -> afterCommit.add(() -> fanout.push(made)))
      .mapEmpty());
  }

  Future<Void> postCreated(long postId) {
    return Transactions.run(pool, (tx, afterCommit) -> repository.defaultWatch(tx, postId)
      .compose(v -> repository.fanOutPost(tx, postId))
      .onSuccess(made -> afterCommit.add(() -> fanout.push(made)))
      .mapEmpty());
  }
}
