package eu.urbis.programme;

import eu.urbis.auth.Policy;
import eu.urbis.city.CityRepository;
import eu.urbis.db.Transactions;
import eu.urbis.failure.Failure;
import eu.urbis.http.PathIds;
import eu.urbis.programme.AckRepository.Ack;
import eu.urbis.programme.AckRepository.Announcement;
import eu.urbis.programme.AckRepository.Missing;
import eu.urbis.programme.ProgrammeEvent.AckReminder;
import eu.urbis.programme.ProgrammeEvent.Acknowledged;
import eu.urbis.user.Role;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;

import java.time.Clock;
import java.util.List;

/** Each city of an announcement's audience acknowledges it once, by whoever speaks for the city. */
final class Acknowledgements {
  private final Pool pool;
  private final AckRepository acks;
  private final CityRepository cities;
  private final CoordinatorRepository coordinators;
  private final ProgrammeEvents events;
  private final Clock clock;

  Acknowledgements(Pool pool, AckRepository acks, CityRepository cities, CoordinatorRepository coordinators, ProgrammeEvents events,
    Clock clock) {
    this.pool = pool;
    this.acks = acks;
    this.cities = cities;
    this.coordinators = coordinators;
    this.events = events;
    this.clock = clock;
  }

  /** Who has acknowledged and who is missing. */
  record Tally(String audience, List<Ack> acknowledged, List<Missing> missing) {
  }

  /** A second acknowledgement by the same city answers the first and changes nothing. */
  Future<Ack> acknowledge(User caller, long id) {
    String cityId = caller.cityId();
    return Transactions.run(pool, (tx, afterCommit) -> announcement(tx, id)
      .compose(announcement -> {
        if (cityId == null) {
          throw Failure.forbidden("Only people of a city acknowledge for it.");
        }
        return cities.findWithMembers(tx, cityId).map(city -> {
          if (city.isEmpty() || !announcement.addresses(city.get().city().role())) {
            throw Failure.forbidden("This announcement is not addressed to your city.");
          }
          return announcement;
        });
      })
      .compose(announcement -> coordinators.standing(tx, cityId, caller.id()).map(standing -> {
        if (!ProgrammePolicy.speaksFor(caller, cityId, standing.coordinates(), standing.cityHasCoordinator())) {
          throw Failure.forbidden("Only the city's coordinators (or its members, while it has none) acknowledge for it.");
        }
        return announcement;
      }))
      .compose(announcement -> acks.acknowledge(tx, id, cityId, caller.numericId(), clock.instant()))
      .compose(first -> {
        if (first) {
          events.announce(afterCommit, new Acknowledged(Long.toString(id), cityId, caller.id()));
        }
        return acks.acks(tx, id, cityId).map(found -> found.get(0));
      }));
  }

  Future<Tally> tally(long id) {
    return announcement(pool, id).compose(announcement -> Future.all(acks.acks(pool, id, null), acks.missing(pool, announcement))
      .map(both -> new Tally(announcement.audience(), both.resultAt(0), both.resultAt(1))));
  }

  /** The announcement's author or a moderator reminds the missing cities' coordinators (delivered by notifications). */
  Future<Tally> remind(User caller, long id) {
    return announcement(pool, id).compose(announcement -> {
      if (!caller.id().equals(announcement.authorId()) && !Policy.canModerate(caller)) {
        throw Failure.forbidden("Only the announcement's author or a moderator sends reminders.");
      }
      return tally(id).onSuccess(tally -> events.publish(new AckReminder(Long.toString(id), caller.id(),
        tally.missing().stream().flatMap(missing -> missing.coordinatorIds().stream()).toList())));
    });
  }

  /** The CSV export is for those who may post announcements. */
  Future<Tally> export(User caller, long id) {
    if (!caller.has(Role.MENTOR)) {
      return Future.failedFuture(Failure.forbidden("Mentors, moderators and admins export acknowledgements."));
    }
    return tally(id);
  }

  private Future<Announcement> announcement(SqlClient db, long id) {
    return acks.announcement(db, id).map(found -> found.orElseThrow(() -> PathIds.notFound("announcement")));
  }
}
