package eu.urbis.programme;

import eu.urbis.audit.AuditLog;
import eu.urbis.city.CityRepository;
import eu.urbis.db.AfterCommit;
import eu.urbis.db.Transactions;
import eu.urbis.failure.Failure;
import eu.urbis.forum.ForumRepository;
import eu.urbis.forum.Thread;
import eu.urbis.http.Page;
import eu.urbis.http.PageRequest;
import eu.urbis.programme.AdoptionRepository.Change;
import eu.urbis.programme.ProgrammeEvent.AdoptionChanged;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/** A city declares where it is with a validated practice of another city; the practice keeps the counts. */
final class Adoptions {
  private final Pool pool;
  private final ForumRepository threads;
  private final CityRepository cities;
  private final CoordinatorRepository coordinators;
  private final AdoptionRepository adoptions;
  private final AuditLog audit;
  private final ProgrammeEvents events;
  private final Clock clock;

  Adoptions(Pool pool, ForumRepository threads, CityRepository cities, CoordinatorRepository coordinators,
    AdoptionRepository adoptions, AuditLog audit, ProgrammeEvents events, Clock clock) {
    this.pool = pool;
    this.threads = threads;
    this.cities = cities;
    this.coordinators = coordinators;
    this.adoptions = adoptions;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  Future<Adoption> declare(User caller, AdoptionDeclaration declaration) {
    long id = declaration.threadId();
    String cityId = declaration.cityId();
    return Transactions.run(pool, (tx, afterCommit) -> threads.lockThread(tx, id)
      .map(PracticeThreads::only)
      .compose(practice -> city(tx, cityId)
        .compose(known -> coordinators.standing(tx, cityId, caller.id()))
        .compose(standing -> {
          if (!ProgrammePolicy.speaksFor(caller, cityId, standing.coordinates(), standing.cityHasCoordinator())) {
            throw Failure.forbidden("Only the city's coordinators (or its members, while it has none) speak for it.");
          }
          adoptable(practice, cityId);
          Change change = new Change(id, cityId, declaration.stage(), declaration.note(), declaration.outcomes(), caller.numericId(),
            clock.instant());
          return save(tx, afterCommit, caller, practice, change);
        }))
      .compose(saved -> adoptions.one(tx, id, cityId)));
  }

  Future<List<Adoption>> ofPractice(long id) {
    return threads.thread(pool, id).map(PracticeThreads::only).compose(practice -> adoptions.ofPractice(pool, id));
  }

  Future<Page<Adoption>> ofCity(String cityId, PageRequest page) {
    return page.after(CityOrder.START, CityOrder::of)
      .compose(after -> city(pool, cityId).compose(known -> adoptions.ofCity(pool, cityId, after.since(), after.threadId(), page.fetchSize())))
      .map(rows -> Page.of(rows, page, last -> new JsonObject().put("since", last.since().toString()).put("threadId", Long.parseLong(last.threadId()))));
  }

  /** Where a page of a city's adoptions (latest first) resumes: below the last one's time, then its practice. */
  private record CityOrder(OffsetDateTime since, long threadId) {
    static final CityOrder START = new CityOrder(OffsetDateTime.parse("9999-12-31T00:00:00Z"), Long.MAX_VALUE);

    static CityOrder of(PageRequest page) {
      return new CityOrder(OffsetDateTime.parse(page.cursorText("since")), page.cursorNumber("threadId"));
    }
  }

  private Future<Void> save(SqlClient tx, AfterCommit afterCommit, User caller, Thread practice, Change change) {
    return adoptions.currentStage(tx, change.threadId(), change.cityId()).compose(before -> {
      boolean moved = before.map(stage -> !stage.equals(change.stage().wire())).orElse(true);
      Future<Void> saved = adoptions.save(tx, change);
      if (!moved) {
        return saved;
      }
      events.announce(afterCommit, new AdoptionChanged(practice.id(), practice.practice().cityId(), practice.author().id(),
        change.cityId(), before.orElse(null), change.stage().wire(), caller.id()));
      return saved
        .compose(ok -> adoptions.recordStage(tx, change))
        .compose(ok -> adoptions.recount(tx, change.threadId()))
        .compose(ok -> audit.record(tx, caller.id(), "adoption." + change.stage().wire(), "practice", practice.id(),
          new JsonObject().put("cityId", change.cityId()).put("from", before.orElse(null))));
    });
  }

  /** Cities adopt validated practices of other cities. */
  private static void adoptable(Thread practice, String cityId) {
    if (!PracticeStatus.VALIDATED.wire().equals(practice.practice().status())) {
      throw Failure.conflict("Only a validated practice can be adopted; this one is " + practice.practice().status() + ".");
    }
    if (cityId.equals(practice.practice().cityId())) {
      throw Failure.conflict("A city does not adopt its own practice.");
    }
  }

  private Future<Void> city(SqlClient db, String cityId) {
    return cities.exists(db, cityId).map(exists -> {
      if (!exists) {
        throw Failure.notFound("No such city.");
      }
      return null;
    });
  }}
