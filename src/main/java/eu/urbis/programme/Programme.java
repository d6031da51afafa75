package eu.urbis.programme;

import eu.urbis.audit.AuditLog;
import eu.urbis.city.CityRepository;
import eu.urbis.forum.ForumRepository;
import eu.urbis.user.UserRepository;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;

import java.time.Clock;

/** The peer-learning programme's parts, built once: its routes for the router. */
public record Programme(ProgrammeRoutes routes) {

  public static Programme create(Vertx vertx, Pool pool, ForumRepository threads, CityRepository cities, UserRepository users,
    AuditLog audit, Clock clock) {
    ProgrammeEvents events = new ProgrammeEvents(vertx.eventBus());
    CoordinatorRepository coordinators = new CoordinatorRepository();
    PracticeRepository practices = new PracticeRepository();
    CityPages pages = new CityPages(pool, new CityPageRepository(), coordinators, users, audit, events);
    PracticeReview review = new PracticeReview(pool, threads, practices, audit, events, clock);
    Adoptions adoptions = new Adoptions(pool, threads, cities, coordinators, new AdoptionRepository(), audit, events, clock);
    Acknowledgements acks = new Acknowledgements(pool, new AckRepository(), cities, coordinators, events, clock);
    return new Programme(new ProgrammeRoutes(pool, pages, review, practices, adoptions, new AckRoutes(acks),
      new Dashboard(pool, new DashboardRepository())));
  }
}
