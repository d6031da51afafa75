package eu.urbis.forum;

import eu.urbis.audit.AuditLog;
import eu.urbis.auth.Policy;
import eu.urbis.db.AfterCommit;
import eu.urbis.db.Transactions;
import eu.urbis.failure.Conflict;
import eu.urbis.failure.Failure;
import eu.urbis.failure.FieldCode;
import eu.urbis.http.Page;
import eu.urbis.http.PageRequest;
import eu.urbis.http.PathIds;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;

import java.util.List;
import java.util.Optional;

/**
 * Posts of a thread: reading in tree order, replying, editing with history, soft deleting and reactions. A reply or
 * an edit may name its {@code language}; otherwise it is detected, and an edit that does not name it keeps the one
 * its author chose before (null: detect again).
 */
public final class PostService {
  private final Pool pool;
  private final ForumRepository forum;
  private final PostRepository posts;
  private final PostWriter writer;
  private final PostRendering rendering;
  private final AuditLog audit;
  private final ForumEvents events;
  private final ReadRepository reads;

  PostService(Pool pool, ForumRepository forum, PostRepository posts, PostWriter writer, PostRendering rendering, AuditLog audit,
              ForumEvents events, ReadRepository reads) {
    this.pool = pool;
    this.forum = forum;
    this.posts = posts;
    this.writer = writer;
    this.rendering = rendering;
    this.audit = audit;
    this.events = events;
    this.reads = reads;
  }

  /**
   * One page in tree order; the thread is looked up only when the page is empty, to tell "no more" from 404. With
   * {@code firstUnread} a first page starts at the caller's first unread post (at the start when all is read).
   */
  public Future<Page<Post>> page(User caller, long thread, PageRequest page, boolean firstUnread) {
    Future<Optional<String>> start = firstUnread && page.first()
      ? reads.firstUnreadPath(pool, caller.numericId(), thread)
      : Future.succeededFuture(Optional.empty());
    return start.compose(from -> posts.treePage(pool, thread, from.orElse(ReplyTree.pathAfter(page)), from.isPresent(), page.fetchSize(), caller))
      .compose(rows -> rows.isEmpty() ? loadThread(pool, thread).map(rows) : Future.succeededFuture(rows))
      .map(rows -> Page.of(rows, page, ReplyTree::cursorAfter));
  }

  public Future<Post> post(User caller, long postId) {
    return writer.load(pool, postId, caller);
  }

  public Future<Post> reply(User caller, NewReply reply) {
    return rendering.render(reply.body(), "", reply.language())
      .compose(text -> Transactions.run(pool, (tx, afterCommit) -> forum.lockThread(tx, reply.threadId())
        .map(found -> found.orElseThrow(() -> PathIds.notFound("thread")))
        .compose(locked -> ForumPolicy.canReply(caller, locked)
          ? placeBelow(tx, locked.numericId(), reply.parentId())
          : Future.failedFuture(Failure.forbidden("This thread is locked; only moderators reply.")))
        .compose(place -> writer.write(tx, place, reply.parentId(), caller.id(), reply.body(), text, reply.files()))
        .compose(postId -> writer.load(tx, postId, caller))
        .compose(post -> events.postCreated(tx, afterCommit, post, false).map(post))));
  }

  Future<Post> edit(User caller, PostEdit change) {
    long id = change.postId();
    return rendering.render(change.body(), "", change.language())
      .compose(text -> Transactions.run(pool, (tx, afterCommit) -> lockEditable(tx, caller, id)
        .compose(post -> posts.keepRevision(tx, id)
          .compose(v -> posts.edit(tx, id, change.body(), change.languageNamed() || !post.languageChosen() ? text : text.keeping(post), caller.id()))
          .compose(v -> posts.recordMentions(tx, id, text.rendered().mentions()))
          .compose(v -> auditOthers(tx, caller, post, "post.edit", null))
          .compose(v -> events.postEdited(tx, afterCommit, post, caller)))
        .compose(v -> writer.load(tx, id, caller))));
  }

  /**
   * The post keeps its place with an empty body; its last text stays in the history, for moderators. A moderator's
   * reason for removing someone else's post is audited, and its author is told.
   */
  Future<Void> delete(User caller, PostRemoval removal) {
    return Transactions.run(pool, (tx, afterCommit) -> delete(tx, afterCommit, caller, removal.postId(), removal.reason()));
  }

  /**
   * Deleting inside the caller's transaction (also a moderator resolving a report), announced after its commit;
   * deleting twice changes nothing and announces nothing.
   */
  Future<Void> delete(SqlClient tx, AfterCommit afterCommit, User caller, long id, String reason) {
    return lockEditable(tx, caller, id)
      .compose(post -> posts.keepRevision(tx, id)
        .compose(v -> posts.softDelete(tx, id))
        .compose(v -> forum.countDeletedPost(tx, Long.parseLong(post.threadId())))
        .compose(v -> auditOthers(tx, caller, post, "post.delete", reason))
        .compose(v -> events.postDeleted(tx, afterCommit, post, caller)))
      .recover(failure -> failure instanceof AlreadyDeleted ? Future.succeededFuture() : Future.failedFuture(failure));
  }

  /** Older versions, newest first; those of a deleted post only for moderators. */
  public Future<List<Revision>> history(User caller, long id) {
    return writer.load(pool, id, caller)
      .compose(post -> post.deleted() && !Policy.canModerate(caller)
        ? Future.succeededFuture(List.of())
        : posts.revisions(pool, id));
  }

  /** Who reacted with what, to a post the caller can read. */
  public Future<List<Reactor>> reactors(User caller, long id) {
    return writer.load(pool, id, caller).compose(post -> posts.reactors(pool, id));
  }

  /** Idempotent: reacting twice with the same emoji counts once. */
  Future<Void> react(User caller, PostReaction reaction) {
    long id = reaction.postId();
    return writer.load(pool, id, caller)
      .compose(post -> post.deleted()
        ? Future.failedFuture(Failure.conflict("A deleted post takes no reactions."))
        : posts.addReaction(pool, id, reaction.emoji(), caller.id()));
  }

  Future<Void> unreact(User caller, PostReaction reaction) {
    long id = reaction.postId();
    return writer.load(pool, id, caller).compose(post -> posts.removeReaction(pool, id, reaction.emoji(), caller.id()));
  }

  private Future<ReplyTree.Place> placeBelow(SqlClient tx, long thread, Long parentId) {
    if (parentId == null) {
      return Future.succeededFuture(ReplyTree.Place.root(thread));
    }
    return posts.place(tx, parentId).map(found -> {
      ReplyTree.Place parent = found.filter(place -> place.threadId() == thread)
        .orElseThrow(() -> Failure.invalid("parentId", FieldCode.UNKNOWN, "is not a post of this thread"));
      if (!ReplyTree.nestsBelow(parent.depth())) {
        throw Failure.invalid("parentId", FieldCode.INVALID, "replies nest at most " + ReplyTree.MAX_DEPTH + " levels deep");
      }
      return parent;
    });
  }

  /** Locks a post the caller may change: 404 unknown, 403 not theirs, {@link AlreadyDeleted} when deleted. */
  private Future<Post> lockEditable(SqlClient tx, User caller, long id) {
    return posts.lock(tx, id, caller).map(found -> {
      Post post = found.orElseThrow(() -> PathIds.notFound("post"));
      if (!ForumPolicy.canEditPost(caller, post)) {
        throw Failure.forbidden("Only the author or a moderator changes a post.");
      }
      if (post.deleted()) {
        throw new AlreadyDeleted();
      }
      return post;
    });
  }

  /** @param reason a moderator's reason, or null */
  private Future<Void> auditOthers(SqlClient tx, User caller, Post post, String action, String reason) {
    if (post.writtenBy(caller.id())) {
      return Future.succeededFuture();
    }
    JsonObject detail = new JsonObject().put("authorId", post.author().id());
    if (reason != null && !reason.isBlank()) {
      detail.put("reason", reason.strip());
    }
    return audit.record(tx, caller.id(), action, "post", post.id(), detail);
  }

  private Future<Thread> loadThread(SqlClient db, long id) {
    return forum.thread(db, id).map(found -> found.orElseThrow(() -> PathIds.notFound("thread")));
  }

  /** A deleted post cannot be edited (409) and deleting it again changes nothing (204). */
  private static final class AlreadyDeleted extends Conflict {
    AlreadyDeleted() {
      super("The post is deleted.", List.of());
    }
  }
}
