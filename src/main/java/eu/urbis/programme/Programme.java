package eu.urbis.programme;

import eu.urbis.audit.AuditLog;
import eu.urbis.chat.ChatHub;
import eu.urbis.city.CityRepository;
import eu.urbis.forum.ForumRepository;
import eu.urbis.forum.ForumService;
import eu.urbis.user.UserRepository;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;

import java.time.Clock;
import java.time.Duration;

/** The peer-learning programme's parts, built once: its routes for the router. */
public record Programme(ProgrammeRoutes routes) {

  public static Programme create(Vertx vertx, Pool pool, ForumRepository threads, ForumService forum, CityRepository cities,
    UserRepository users, ChatHub chat, AuditLog audit, Clock clock, Duration dashboardMaxAge) {
    ProgrammeEvents events = new ProgrammeEvents(vertx.eventBus());
    CoordinatorRepository coordinators = new CoordinatorRepository();
    PracticeRepository practices = new PracticeRepository();
    CityPages pages = new CityPages(pool, new CityPageRepository(), coordinators, users, audit, events);
    PracticeReview review = new PracticeReview(pool, threads, practices, audit, events, clock);
    Adoptions adoptions = new Adoptions(pool, threads, cities, coordinators, new AdoptionRepository(), audit, events, clock);
    Acknowledgements acks = new Acknowledgements(pool, new AckRepository(), cities, coordinators, events, clock);
    Requests requests = new Requests(pool, new RequestRepository(), chat.rooms(), audit, events, clock);
    return new Programme(new ProgrammeRoutes(pool, pages, review, practices, adoptions, new AckRoutes(acks), new RequestRoutes(requests, new ChatPromotion(chat, forum)),
      new Dashboard(pool, new DashboardRepository(), clock, dashboardMaxAge)));
  }
}
