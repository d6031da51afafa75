package eu.urbis.programme;

import eu.urbis.audit.AuditLog;
import eu.urbis.auth.Policy;
import eu.urbis.db.AfterCommit;
import eu.urbis.db.Transactions;
import eu.urbis.failure.Failure;
import eu.urbis.forum.ForumRepository;
import eu.urbis.forum.Thread;
import eu.urbis.programme.ProgrammeEvent.PracticeTransition;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;

import java.time.Clock;
import java.util.List;

/**
 * A practice's review: validate → load (locked) → policy → state → one transaction (status, transition, audit entry)
 * → the event after the commit.
 */
final class PracticeReview {
  private final Pool pool;
  private final ForumRepository threads;
  private final PracticeRepository practices;
  private final AuditLog audit;
  private final ProgrammeEvents events;
  private final Clock clock;

  PracticeReview(Pool pool, ForumRepository threads, PracticeRepository practices, AuditLog audit, ProgrammeEvents events, Clock clock) {
    this.pool = pool;
    this.threads = threads;
    this.practices = practices;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  Future<Thread> transition(User caller, TransitionRequest request) {
    long id = request.threadId();
    return Transactions.run(pool, (tx, afterCommit) -> locked(tx, id)
      .compose(practice -> move(tx, afterCommit, caller, practice, request))
      .compose(moved -> practice(tx, id)));
  }

  /** The author writes what a city needs to adopt the practice and the lessons learned. */
  Future<Thread> notes(User caller, PracticeNotes notes) {
    long id = notes.threadId();
    return Transactions.run(pool, (tx, afterCommit) -> locked(tx, id)
      .compose(practice -> {
        if (!practice.startedBy(caller.id()) && !Policy.canModerate(caller)) {
          throw Failure.forbidden("Only the practice's author (or a moderator) edits its notes.");
        }
        return practices.setNotes(tx, id, notes.transferability(), notes.lessons());
      })
      .compose(saved -> practice(tx, id)));
  }

  Future<List<Transition>> history(long id) {
    return practice(pool, id).compose(found -> practices.history(pool, id));
  }

  private Future<Void> move(SqlClient tx, AfterCommit afterCommit, User caller, Thread practice, TransitionRequest request) {
    PracticeStatus from = PracticeStatus.fromWire(practice.practice().status());
    PracticeStatus to = request.to();
    allow(caller, practice, to);
    if (!from.canMoveTo(to)) {
      throw Failure.conflict("A practice that is " + from.wire() + " cannot move to " + to.wire() + ".");
    }
    long threadId = practice.numericId();
    String evidence = request.evidenceWire();
    events.announce(afterCommit, new PracticeTransition(practice.id(), practice.practice().cityId(), practice.author().id(),
      from.wire(), to.wire(), evidence, caller.id()));
    return practices.setStatus(tx, threadId, to, evidence, caller.numericId())
      .compose(set -> practices.record(tx, threadId, from, to, evidence, caller.numericId(), request.note(), clock.instant()))
      .compose(recorded -> audit.record(tx, caller.id(), "practice." + to.wire(), "practice", practice.id(),
        new JsonObject().put("from", from.wire()).put("to", to.wire()).put("evidence", evidence)));
  }

  /** The author submits and resubmits; eligible reviewers claim; the claimer (or a moderator) validates or returns. */
  private static void allow(User caller, Thread practice, PracticeStatus to) {
    if (to.byAuthor()) {
      if (!ProgrammePolicy.canSubmit(caller, practice.author().id())) {
        throw Failure.forbidden("Only the practice's author submits it.");
      }
      return;
    }
    if (!ProgrammePolicy.canReview(caller, practice.author().id(), practice.practice().cityId())) {
      throw Failure.forbidden("Practices are reviewed by moderators and by mentors of other cities than the practice's.");
    }
    boolean claimedByOther = to != PracticeStatus.IN_REVIEW && practice.practice().reviewer() != null
      && !practice.practice().reviewer().id().equals(caller.id());
    if (claimedByOther && !Policy.canModerate(caller)) {
      throw Failure.forbidden("Another reviewer has claimed this practice.");
    }
  }

  private Future<Thread> locked(SqlClient tx, long id) {
    return threads.lockThread(tx, id).map(PracticeThreads::only);
  }

  private Future<Thread> practice(SqlClient db, long id) {
    return threads.thread(db, id).map(PracticeThreads::only);
  }}
