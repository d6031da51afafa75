package eu.urbis.notify;

import eu.urbis.bus.Addresses;
import eu.urbis.forum.ForumEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Hears every forum event after its commit ({@link Addresses#FORUM}) and makes the notifications of a new post in
 * one transaction: first the author's default watch (watching a thread they start, tracking one they reply in),
 * then one set-based statement for everyone else; the recipients' sockets hear after that commit. A post deleted by
 * someone other than its author tells the author. A post in a thread with an open (unread) notification of the
 * watcher's joins it instead of making another; the watchers with a socket here hear it from this node.
 */
final class ForumNotifier {
  private static final Logger log = LoggerFactory.getLogger(ForumNotifier.class);

  /** A batch inserts posts × recipients rows: bounded so one statement stays well inside the statement timeout. */
  private static final int BATCH = 16;

  private final Pool pool;
  private final NotificationRepository repository;
  private final Fanout fanout;
  private final Supplier<Set<String>> onlineHere;
  /**
   * New posts heard while a fan-out runs wait here and go out together in the next, in the order they came, so a
   * default watch is in place for the posts after it and a busy thread costs one statement per batch, not per post.
   */
  private final List<Long> pending = new ArrayList<>();
  private boolean fanningOut;

  ForumNotifier(Vertx vertx, Pool pool, NotificationRepository repository, Fanout fanout, Supplier<Set<String>> onlineHere) {
    this.pool = pool;
    this.repository = repository;
    this.fanout = fanout;
    this.onlineHere = onlineHere;
    vertx.eventBus().<ForumEvent>consumer(Addresses.FORUM, message -> heard(message.body()));
  }

  private void heard(ForumEvent event) {
    if (event instanceof ForumEvent.PostCreated created) {
      queued(Long.parseLong(created.postId()));
    } else if (event instanceof ForumEvent.PostDeleted deleted && !deleted.actorId().equals(deleted.authorId())) {
      postRemoved(Long.parseLong(deleted.postId()))
        .onFailure(failure -> log.warn("notification of removed post {} failed: {}", deleted.postId(), failure.toString()));
    }
  }

  /** Someone else (a moderator) deleted the post: its author hears it, with the reason given. */
  Future<Void> postRemoved(long postId) {
    return fanout.committed(pool, tx -> repository.fanOutRemoval(tx, postId)).mapEmpty();
  }

  private synchronized void queued(long postId) {
    pending.add(postId);
    if (!fanningOut) {
      fanningOut = true;
      next();
    }
  }

  /** The waiting posts (at most {@link #BATCH}) in one transaction; then the next batch, until none waits. */
  private synchronized void next() {
    if (pending.isEmpty()) {
      fanningOut = false;
      return;
    }
    List<Long> batch = List.copyOf(pending.subList(0, Math.min(BATCH, pending.size())));
    pending.subList(0, batch.size()).clear();
    postsCreated(batch.toArray(Long[]::new))
      .onFailure(failure -> log.warn("notifications of posts {} failed: {}", batch, failure.toString()))
      .onComplete(done -> next());
  }

  Future<Void> postsCreated(Long[] postIds) {
    Long[] online = onlineHere.get().stream().map(Long::valueOf).toArray(Long[]::new);
    return fanout.committed(pool, tx -> repository.defaultWatch(tx, postIds).compose(v -> repository.fanOutPosts(tx, postIds, online)))
      .mapEmpty();
  }
}
