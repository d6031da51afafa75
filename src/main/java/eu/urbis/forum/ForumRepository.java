package eu.urbis.forum;

import eu.urbis.db.Rows;
import eu.urbis.db.SqlStates;
import eu.urbis.failure.Failure;
import eu.urbis.failure.FieldCode;
import io.vertx.core.Future;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** SQL for themes, boards and threads. Every method takes the client to run on, so a transaction can include it. */
public final class ForumRepository {

  public Future<List<Theme>> themes(SqlClient db) {
    return db.query(ForumSql.THEMES).mapping(Theme::fromRow).execute().map(Rows::list);
  }

  public Future<List<Board>> boards(SqlClient db) {
    return db.query(ForumSql.BOARDS).mapping(Board::fromRow).execute().map(Rows::list);
  }

  public Future<Optional<Board>> board(SqlClient db, long id) {
    return db.preparedQuery(ForumSql.BOARD_BY_ID).mapping(Board::fromRow).execute(Tuple.of(id)).map(Rows::first);
  }

  public Future<Board> insertBoard(SqlClient db, String slug, String name, String description, PostPolicy policy) {
    return db.preparedQuery(ForumSql.INSERT_BOARD)
      .mapping(Board::fromRow)
      .execute(Tuple.of(slug, name, description, policy.wire()))
      .map(rows -> rows.iterator().next())
      .recover(failure -> Future.failedFuture(SqlStates.is(failure, SqlStates.UNIQUE_VIOLATION)
        ? Failure.conflict("A board with the slug '" + slug + "' exists.")
        : failure));
  }

  public Future<Void> addToThreadCount(SqlClient db, long boardId, int delta) {
    return db.preparedQuery(ForumSql.ADD_TO_THREAD_COUNT).execute(Tuple.of(boardId, delta)).mapEmpty();
  }

  public Future<List<Thread>> boardPage(SqlClient db, long boardId, ThreadFilter filter, BoardOrder after, int limit) {
    return db.preparedQuery(ForumSql.BOARD_PAGE)
      .execute(Tuple.of(boardId, filter.tag(), filter.kind() == null ? null : filter.kind().wire(),
        after.pinned(), after.lastPostAtUtc(), after.threadId(), limit))
      .map(rows -> Rows.read(rows, Thread::reader));
  }

  public Future<Optional<Thread>> thread(SqlClient db, long id) {
    return db.preparedQuery(ForumSql.THREAD_BY_ID).mapping(Thread::fromRow).execute(Tuple.of(id)).map(Rows::first);
  }

  Future<Optional<ForumEvent.ThreadRef>> threadRef(SqlClient db, long id) {
    return db.preparedQuery(ForumSql.THREAD_REF).mapping(ForumEvent.ThreadRef::fromRow).execute(Tuple.of(id)).map(Rows::first);
  }

  public Future<Optional<Thread>> lockThread(SqlClient db, long id) {
    return db.preparedQuery(ForumSql.LOCK_THREAD).mapping(Thread::fromRow).execute(Tuple.of(id)).map(Rows::first);
  }

  /**
   * @param config the title's text-search configuration, or null for the author's city language
   * @return the new thread's id; a practice naming an unknown city or theme is a 400 on that field
   */
  public Future<Long> insertThread(SqlClient db, long boardId, String authorId, ThreadDraft draft, String config) {
    Practice practice = draft.practice();
    Tuple values = Tuple.of(boardId, draft.title(), draft.kind().wire(), Long.parseLong(authorId), draft.tags().toArray(String[]::new),
      practice == null ? null : practice.cityId(),
      practice == null ? null : practice.theme(),
      practice == null ? null : practice.summary(),
      practice == null ? null : practice.outcomes(),
      practice == null ? null : practice.links().toArray(String[]::new), config,
      draft.audience());
    return db.preparedQuery(ForumSql.INSERT_THREAD)
      .execute(values)
      .map(rows -> rows.iterator().next().getLong("id"))
      .recover(failure -> Future.failedFuture(unknownPracticeReference(failure)));
  }

  public Future<Void> setOpeningPost(SqlClient db, long threadId, long postId) {
    return db.preparedQuery(ForumSql.SET_OPENING_POST).execute(Tuple.of(threadId, postId)).mapEmpty();
  }

  public Future<Void> countNewPost(SqlClient db, long threadId, OffsetDateTime at) {
    return db.preparedQuery(ForumSql.COUNT_NEW_POST).execute(Tuple.of(threadId, at)).mapEmpty();
  }

  public Future<Void> countDeletedPost(SqlClient db, long threadId) {
    return db.preparedQuery(ForumSql.COUNT_DELETED_POST).execute(Tuple.of(threadId)).mapEmpty();
  }

  public Future<Void> update(SqlClient db, long threadId, ThreadChange change) {
    return db.preparedQuery(ForumSql.UPDATE_THREAD)
      .execute(Tuple.of(threadId, change.title(), change.pinned(), change.locked(), change.boardId()))
      .mapEmpty();
  }

  private static Throwable unknownPracticeReference(Throwable failure) {
    if (!SqlStates.is(failure, SqlStates.FOREIGN_KEY_VIOLATION)) {
      return failure;
    }
    String constraint = ((PgException) failure).getConstraint();
    if ("threads_practice_city_id_fkey".equals(constraint)) {
      return Failure.invalid("practice.cityId", FieldCode.UNKNOWN, "is not a city of the roster");
    }
    if ("threads_practice_theme_fkey".equals(constraint)) {
      return Failure.invalid("practice.theme", FieldCode.UNKNOWN, "is not one of GET /api/themes");
    }
    return failure;
  }
}
