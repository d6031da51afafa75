package eu.urbis.programme;

import eu.urbis.db.Rows;
import eu.urbis.forum.Thread;
import eu.urbis.http.PageRequest;
import eu.urbis.user.UserRef;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** A practice's review state, its recorded transitions, and the library's pages. */
final class PracticeRepository {
  private static final String THREADS = "SELECT " + Thread.columns("t", "a", "") + "\nFROM threads t JOIN users a ON a.id = t.author_id\n";

  /** Claiming sets the reviewer; a resubmission is open to any reviewer again; validating sets the evidence. */
  private static final String SET_STATUS = """
    UPDATE threads SET practice_status = $2,
      practice_evidence = CASE WHEN $2 = 'validated' THEN $3 ELSE practice_evidence END,
      practice_reviewer_id = CASE WHEN $2 = 'in_review' THEN $4 WHEN $2 = 'submitted' THEN NULL ELSE practice_reviewer_id END
    WHERE id = $1""";

  private static final String INSERT_TRANSITION = """
    INSERT INTO practice_transitions (thread_id, from_status, to_status, evidence, actor_id, note, at)
    VALUES ($1, $2, $3, $4, $5, $6, $7)""";

  private static final String HISTORY = """
    SELECT p.from_status, p.to_status, p.evidence, p.note, p.at,
    """ + UserRef.columns("u", "actor_") + """
     FROM practice_transitions p JOIN users u ON u.id = p.actor_id
    WHERE p.thread_id = $1 ORDER BY p.id""";

  private static final String SET_NOTES = """
    UPDATE threads SET practice_transferability = coalesce($2, practice_transferability),
      practice_lessons = coalesce($3, practice_lessons)
    WHERE id = $1""";

  private static final String KEYSET = """
      AND (t.last_post_at, t.id) < ($%d::timestamptz, $%d::bigint)
    ORDER BY t.last_post_at DESC, t.id DESC
    LIMIT $%d""";

  private static final String LIBRARY = THREADS + """
    WHERE t.kind = 'practice'
      AND ($1::text IS NULL OR t.practice_status = $1) AND ($2::text IS NULL OR t.practice_evidence = $2)
      AND ($3::text IS NULL OR t.practice_theme = $3) AND ($4::text IS NULL OR t.practice_city_id = $4)
    """ + KEYSET.formatted(5, 6, 7);

  /**
   * What waits for the caller ($1): practices they claimed, submitted ones they may claim ($2: reviews at all,
   * $3: moderator, $4: their city), and their own drafts and returned practices.
   */
  private static final String QUEUE = THREADS + """
    WHERE t.kind = 'practice' AND (
        (t.practice_status = 'in_review' AND t.practice_reviewer_id = $1)
        OR (t.practice_status = 'submitted' AND $2 AND t.author_id <> $1 AND ($3 OR t.practice_city_id IS DISTINCT FROM $4))
        OR (t.author_id = $1 AND t.practice_status IN ('draft', 'returned')))
    """ + KEYSET.formatted(5, 6, 7);

  /** Who may see the queue of whom: one caller's own. */
  record Reviewer(long userId, boolean reviews, boolean moderates, String cityId) {
  }

  Future<Void> setStatus(SqlClient tx, long threadId, PracticeStatus to, String evidence, long actorId) {
    return tx.preparedQuery(SET_STATUS).execute(Tuple.of(threadId, to.wire(), evidence, actorId)).mapEmpty();
  }

  Future<Void> record(SqlClient tx, long threadId, PracticeStatus from, PracticeStatus to, String evidence, long actorId,
    String note, Instant at) {
    return tx.preparedQuery(INSERT_TRANSITION)
      .execute(Tuple.of(threadId, from.wire(), to.wire(), evidence, actorId, note, at.atOffset(ZoneOffset.UTC)))
      .mapEmpty();
  }

  Future<List<Transition>> history(SqlClient db, long threadId) {
    return db.preparedQuery(HISTORY).mapping(Transition::fromRow).execute(Tuple.of(threadId)).map(Rows::list);
  }

  Future<Void> setNotes(SqlClient tx, long threadId, String transferability, String lessons) {
    return tx.preparedQuery(SET_NOTES).execute(Tuple.of(threadId, transferability, lessons)).mapEmpty();
  }

  Future<List<Thread>> library(SqlClient db, LibraryFilter filter, PageRequest page) {
    Tuple args = Tuple.of(filter.status(), filter.evidence(), filter.theme(), filter.city());
    return keyset(args, page).compose(keyed -> db.preparedQuery(LIBRARY).execute(keyed)).map(rows -> Rows.read(rows, Thread::reader));
  }

  Future<List<Thread>> queue(SqlClient db, Reviewer reviewer, PageRequest page) {
    Tuple args = Tuple.of(reviewer.userId(), reviewer.reviews(), reviewer.moderates(), reviewer.cityId());
    return keyset(args, page).compose(keyed -> db.preparedQuery(QUEUE).execute(keyed)).map(rows -> Rows.read(rows, Thread::reader));
  }

  private static Future<Tuple> keyset(Tuple args, PageRequest page) {
    return page.after(PracticeCursor.START, PracticeCursor::of)
      .map(after -> args.addValue(after.lastPostAt()).addValue(after.threadId()).addValue(page.fetchSize()));
  }

  /** Where a page of practices (newest activity first) resumes; the first page starts above every thread. */
  record PracticeCursor(OffsetDateTime lastPostAt, long threadId) {
    static final PracticeCursor START = new PracticeCursor(OffsetDateTime.parse("9999-12-31T00:00:00Z"), Long.MAX_VALUE);

    static PracticeCursor of(PageRequest page) {
      return new PracticeCursor(OffsetDateTime.parse(page.cursorText("at")), page.cursorNumber("id"));
    }

    static JsonObject position(Thread thread) {
      return new JsonObject().put("at", thread.lastPostAt().toString()).put("id", thread.numericId());
    }
  }
}
