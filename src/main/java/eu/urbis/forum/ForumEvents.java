package eu.urbis.forum;

import eu.urbis.bus.Addresses;
import eu.urbis.db.AfterCommit;
import eu.urbis.forum.ForumEvent.PostCreated;
import eu.urbis.forum.ForumEvent.PostDeleted;
import eu.urbis.forum.ForumEvent.PostEdited;
import eu.urbis.forum.ForumEvent.ThreadChanged;
import eu.urbis.forum.ForumEvent.ThreadRef;
import eu.urbis.http.PathIds;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.EventBus;
import io.vertx.sqlclient.SqlClient;

import java.util.Set;
import java.util.function.Function;

/**
 * Queues the forum's events inside the transaction that makes the change, reading there where the thread is now;
 * after the commit each is published forum-wide and on its thread.
 */
final class ForumEvents {
  private static final DeliveryOptions CODEC = new DeliveryOptions().setCodecName(ForumEventCodec.NAME);

  private final EventBus bus;
  private final ForumRepository forum;

  ForumEvents(Vertx vertx, ForumRepository forum) {
    this.bus = vertx.eventBus();
    this.forum = forum;
    bus.registerCodec(new ForumEventCodec());
  }

  Future<Void> postCreated(SqlClient tx, AfterCommit afterCommit, Post post, boolean opensThread) {
    return announce(tx, afterCommit, post.threadId(),
      thread -> new PostCreated(thread, post.id(), post.parentId(), post.author().id(), opensThread));
  }

  Future<Void> postEdited(SqlClient tx, AfterCommit afterCommit, Post post, User editor) {
    return announce(tx, afterCommit, post.threadId(), thread -> new PostEdited(thread, post.id(), post.author().id(), editor.id()));
  }

  Future<Void> postDeleted(SqlClient tx, AfterCommit afterCommit, Post post, User deleter) {
    return announce(tx, afterCommit, post.threadId(), thread -> new PostDeleted(thread, post.id(), post.author().id(), deleter.id()));
  }

  /** @param before the thread as it was; nothing is announced when nothing changed */
  Future<Void> threadChanged(SqlClient tx, AfterCommit afterCommit, Thread before, User changer, Set<ThreadChanged.Change> changes) {
    if (changes.isEmpty()) {
      return Future.succeededFuture();
    }
    String fromBoard = changes.contains(ThreadChanged.Change.MOVED) ? before.boardId() : null;
    return announce(tx, afterCommit, before.id(),
      thread -> new ThreadChanged(thread, before.author().id(), changer.id(), changes, fromBoard));
  }

  private Future<Void> announce(SqlClient tx, AfterCommit afterCommit, String threadId, Function<ThreadRef, ForumEvent> event) {
    return forum.threadRef(tx, Long.parseLong(threadId))
      .map(found -> event.apply(found.orElseThrow(() -> PathIds.notFound("thread"))))
      .onSuccess(made -> afterCommit.add(() -> publish(made)))
      .mapEmpty();
  }

  private void publish(ForumEvent event) {
    bus.publish(Addresses.FORUM, event, CODEC);
    bus.publish(Addresses.thread(event.thread().threadId()), event, CODEC);
  }
}
