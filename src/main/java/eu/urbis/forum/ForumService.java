package eu.urbis.forum;

import eu.urbis.audit.AuditLog;
import eu.urbis.auth.Policy;
import eu.urbis.db.Transactions;
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

/** Boards and threads: listing, starting a thread with its opening post, and moderating a thread. */
public final class ForumService {

  /** A new thread and its opening post. */
  public record Started(Thread thread, Post post) {
    public JsonObject toJson(User viewer) {
      return new JsonObject().put("thread", thread.toJson(viewer)).put("post", post.toJson(viewer));
    }
  }

  private final Pool pool;
  private final ForumRepository forum;
  private final PostWriter writer;
  private final PostRendering rendering;
  private final AuditLog audit;
  private final ForumEvents events;

  ForumService(Pool pool, ForumRepository forum, PostWriter writer, PostRendering rendering, AuditLog audit, ForumEvents events) {
    this.pool = pool;
    this.forum = forum;
    this.writer = writer;
    this.rendering = rendering;
    this.audit = audit;
    this.events = events;
  }

  public Future<List<Theme>> themes() {
    return forum.themes(pool);
  }

  public Future<List<Board>> boards() {
    return forum.boards(pool);
  }

  public Future<Board> board(long id) {
    return loadBoard(pool, id);
  }

  Future<Board> createBoard(User caller, NewBoard wanted) {
    if (!Policy.canCreateBoards(caller)) {
      return Future.failedFuture(Failure.forbidden("Only admins create boards."));
    }
    return pool.withTransaction(tx -> forum.insertBoard(tx, wanted.slug(), wanted.name(), wanted.description(), wanted.postPolicy())
      .compose(board -> audit.record(tx, caller.id(), "board.create", "board", board.id(), board.toJson()).map(board)));
  }

  public Future<Page<Thread>> threads(long board, PageRequest page, ThreadFilter filter) {
    return loadBoard(pool, board)
      .compose(found -> forum.boardPage(pool, board, filter, BoardOrder.after(page), page.fetchSize()))
      .map(rows -> Page.of(rows, page, BoardOrder::cursorAfter));
  }

  public Future<Thread> thread(long id) {
    return loadThread(pool, id);
  }

  /** The thread, its opening post and the board's thread count commit together; the opening post is announced after. */
  public Future<Started> startThread(User caller, long board, ThreadDraft draft) {
    return loadBoard(pool, board)
      .compose(found -> ForumPolicy.canStartThread(caller, found)
        ? announceable(caller, draft)
        : Future.failedFuture(Failure.forbidden("Only mentors, moderators and admins start threads on this board.")))
      .compose(text -> Transactions.run(pool, (tx, afterCommit) -> writer.open(tx, board, caller.id(), draft, text)
        .compose(opened -> Future.all(loadThread(tx, opened.threadId()), writer.load(tx, opened.postId(), caller)))
        .map(both -> new Started(both.resultAt(0), both.resultAt(1)))
        .compose(started -> events.postCreated(tx, afterCommit, started.post(), true).map(started))));
  }

  private Future<PostText> announceable(User caller, ThreadDraft draft) {
    return draft.kind() != ThreadKind.ANNOUNCEMENT || ForumPolicy.canAnnounce(caller)
      ? rendering.render(draft.body(), draft.title(), draft.language())
      : Future.failedFuture(Failure.forbidden("Only mentors, moderators and admins post announcements."));
  }

  /**
   * Pin, lock, move (moderators) or retitle (also the author); a moderator's change is audited with it, and what
   * changed is announced after the commit.
   */
  Future<Thread> change(User caller, long threadId, ThreadChange change) {
    return Transactions.run(pool, (tx, afterCommit) -> forum.lockThread(tx, threadId)
      .map(found -> found.orElseThrow(() -> PathIds.notFound("thread")))
      .compose(thread -> authorize(caller, thread, change)
        .compose(v -> move(tx, thread, change))
        .compose(v -> forum.update(tx, threadId, change))
        .compose(v -> auditChange(tx, caller, thread, change))
        .compose(v -> events.threadChanged(tx, afterCommit, thread, caller, change.against(thread)))
        .compose(v -> loadThread(tx, threadId))));
  }

  private Future<Void> authorize(User caller, Thread thread, ThreadChange change) {
    if (change.needsModerator() && !Policy.canModerate(caller)) {
      return Future.failedFuture(Failure.forbidden("Only moderators pin, lock or move threads."));
    }
    if (change.title() != null && !ForumPolicy.canRetitle(caller, thread)) {
      return Future.failedFuture(Failure.forbidden("Only the author or a moderator renames a thread."));
    }
    return Future.succeededFuture();
  }

  /** Moving keeps both boards' thread counts exact, in the same transaction. */
  private Future<Void> move(SqlClient tx, Thread thread, ThreadChange change) {
    if (!change.moves(thread)) {
      return Future.succeededFuture();
    }
    return forum.board(tx, change.boardId())
      .compose(target -> target.isEmpty()
        ? Future.failedFuture(Failure.invalid("boardId", FieldCode.UNKNOWN, "is not a board"))
        : forum.addToThreadCount(tx, Long.parseLong(thread.boardId()), -1))
      .compose(v -> forum.addToThreadCount(tx, change.boardId(), 1));
  }

  private Future<Void> auditChange(SqlClient tx, User caller, Thread thread, ThreadChange change) {
    boolean asModerator = change.needsModerator() || (change.title() != null && !thread.startedBy(caller.id()));
    if (!asModerator) {
      return Future.succeededFuture();
    }
    JsonObject detail = change.toJson().put("fromBoardId", thread.boardId()).put("fromTitle", thread.title());
    return audit.record(tx, caller.id(), "thread.update", "thread", thread.id(), detail);
  }

  private Future<Board> loadBoard(SqlClient db, long id) {
    return forum.board(db, id).map(found -> found.orElseThrow(() -> PathIds.notFound("board")));
  }

  private Future<Thread> loadThread(SqlClient db, long id) {
    return forum.thread(db, id).map(found -> found.orElseThrow(() -> PathIds.notFound("thread")));
  }
}
