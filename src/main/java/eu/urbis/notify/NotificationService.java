package eu.urbis.notify;

import eu.urbis.db.Transactions;
import eu.urbis.failure.Failure;
import eu.urbis.http.Page;
import eu.urbis.http.PageRequest;
import eu.urbis.live.LiveUsers;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;

import java.util.Arrays;

/** The inbox of the caller: list, count, mark read (telling their other tabs), and watch levels. */
final class NotificationService {
  /** What to mark read: some ids, everything up to one id, or all. */
  sealed interface ReadRequest {
    record Ids(Long[] ids) implements ReadRequest {
    }

    record UpTo(long id) implements ReadRequest {
    }

    record All() implements ReadRequest {
    }
  }

  record Filter(Kind kind, boolean unreadOnly) {
  }

  private final Pool pool;
  private final NotificationRepository repository;
  private final LiveUsers live;

  NotificationService(Pool pool, NotificationRepository repository, LiveUsers live) {
    this.pool = pool;
    this.repository = repository;
    this.live = live;
  }

  Future<Page<Notification>> list(User caller, Filter filter, PageRequest page, Long beforeId) {
    return repository.list(pool, caller.numericId(), beforeId, filter.kind(), filter.unreadOnly(), page.fetchSize())
      .map(rows -> Page.of(rows, page, last -> new JsonObject().put("id", last.id())));
  }

  Future<Long> unread(User caller) {
    return repository.unread(pool, caller.numericId());
  }

  /** Ids or an upTo id that are not the caller's are a 404 and change nothing. */
  Future<Long> markRead(User caller, ReadRequest request) {
    long userId = caller.numericId();
    return Transactions.run(pool, (tx, afterCommit) -> mark(tx, userId, request)
      .compose(v -> repository.unread(tx, userId))
      .onSuccess(unread -> afterCommit.add(() -> live.push(caller.id(), new NotificationFrames.Count(unread)))));
  }

  private Future<Void> mark(SqlClient tx, long userId, ReadRequest request) {
    if (request instanceof ReadRequest.Ids ids) {
      long distinct = Arrays.stream(ids.ids()).distinct().count();
      return repository.owned(tx, userId, ids.ids()).compose(owned -> owned == distinct
        ? repository.readIds(tx, userId, ids.ids())
        : Future.failedFuture(Failure.notFound("No such notification.")));
    }
    if (request instanceof ReadRequest.UpTo upTo) {
      return repository.owned(tx, userId, new Long[] {upTo.id()}).compose(owned -> owned == 1
        ? repository.readUpTo(tx, userId, upTo.id())
        : Future.failedFuture(Failure.notFound("No such notification.")));
    }
    return repository.readAll(tx, userId);
  }

  /** @param targetType thread or board; an unknown one is a 404 */
  Future<Void> watch(User caller, String targetType, long targetId, WatchLevel level) {
    return repository.exists(pool, targetType, targetId).compose(found -> found
      ? repository.watch(pool, caller.numericId(), targetType, targetId, level)
      : Future.failedFuture(Failure.notFound("No such " + targetType + ".")));
  }
}
