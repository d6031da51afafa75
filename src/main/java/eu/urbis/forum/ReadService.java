package eu.urbis.forum;

import eu.urbis.failure.Failure;
import eu.urbis.failure.FieldCode;
import eu.urbis.http.PathIds;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where each user has read up to in each thread: moved forward as posts are seen, a whole board at once, and counted. */
public final class ReadService {
  private final Pool pool;
  private final ForumRepository forum;
  private final ReadRepository reads;

  ReadService(Pool pool, ForumRepository forum, ReadRepository reads) {
    this.pool = pool;
    this.forum = forum;
    this.reads = reads;
  }

  /** The threads as the caller sees them: each with its unread count and watch level, all from one query. */
  Future<List<JsonObject>> toJson(User caller, List<Thread> threads) {
    Future<Map<String, ReadState>> states = threads.isEmpty()
      ? Future.succeededFuture(Map.of())
      : reads.threadStates(pool, caller.numericId(), threads);
    return states.map(found -> threads.stream()
      .map(thread -> found.getOrDefault(thread.id(), ReadState.NONE).addTo(thread.toJson(caller)))
      .toList());
  }

  /** Where a page opened at the caller's first unread post starts (empty when all is read). */
  Future<Optional<String>> firstUnreadPath(User caller, long threadId) {
    return reads.firstUnreadPath(pool, caller.numericId(), threadId);
  }

  /** The boards as the caller sees them: each with how many of its threads have news for them, and their level on it. */
  Future<List<JsonObject>> boardsToJson(User caller, List<Board> boards) {
    return reads.boardStates(pool, caller.numericId()).map(found -> boards.stream()
      .map(board -> found.getOrDefault(board.id(), ReadState.NONE).addTo(board.toJson()))
      .toList());
  }

  /**
   * The caller has seen the thread up to the mark's post. A position never moves backwards; an unknown thread or post
   * is a 404, a post of another thread a 400 on postId.
   */
  Future<Void> read(User caller, ReadMark mark) {
    long thread = mark.threadId();
    long postId = mark.postId();
    return reads.readUpTo(pool, caller.numericId(), thread, postId).compose(moved -> moved
      ? Future.succeededFuture()
      : forum.thread(pool, thread).compose(found -> found.isEmpty()
        ? Future.failedFuture(PathIds.notFound("thread"))
        : reads.postThread(pool, postId).compose(owner -> Future.failedFuture(owner.isEmpty()
          ? PathIds.notFound("post")
          : Failure.invalid("postId", FieldCode.INVALID, "is not a post of this thread")))));
  }

  /** Every thread of the board read up to its newest post. */
  Future<Void> readBoard(User caller, long board) {
    return forum.board(pool, board).compose(found -> found.isEmpty()
      ? Future.failedFuture(PathIds.notFound("board"))
      : reads.readBoard(pool, caller.numericId(), board));
  }
}
