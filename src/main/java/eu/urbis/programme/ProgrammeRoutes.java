package eu.urbis.programme;

import eu.urbis.auth.Authenticator;
import eu.urbis.auth.Policy;
import eu.urbis.forum.Thread;
import eu.urbis.http.JsonBody;
import eu.urbis.http.Page;
import eu.urbis.http.PageRequest;
import eu.urbis.http.PathIds;
import eu.urbis.programme.CityPageRepository.DirectoryFilter;
import eu.urbis.programme.PracticeRepository.PracticeCursor;
import eu.urbis.programme.PracticeRepository.Reviewer;
import eu.urbis.user.Role;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;

import java.util.List;

import static eu.urbis.http.Reply.noContent;
import static eu.urbis.http.Reply.ok;

/** The peer-learning programme: city pages and coordinators, practice review, the library, adoptions, requests, the dashboard. */
public final class ProgrammeRoutes {
  private final Pool pool;
  private final CityPages cities;
  private final PracticeReview review;
  private final PracticeRepository practices;
  private final Adoptions adoptions;
  private final AckRoutes acks;
  private final RequestRoutes requests;
  private final Dashboard dashboard;

  ProgrammeRoutes(Pool pool, CityPages cities, PracticeReview review, PracticeRepository practices, Adoptions adoptions, AckRoutes acks,
    RequestRoutes requests, Dashboard dashboard) {
    this.pool = pool;
    this.cities = cities;
    this.review = review;
    this.practices = practices;
    this.adoptions = adoptions;
    this.acks = acks;
    this.requests = requests;
    this.dashboard = dashboard;
  }

  public void mount(Router router, JsonBody json, Authenticator authenticated) {
    router.get("/api/cities").handler(ok(this::directory));
    router.get("/api/cities/:id").handler(ok(this::city));
    router.patch("/api/cities/:id").handler(authenticated).handler(json).handler(ok(this::patchCity));
    router.put("/api/cities/:id/coordinators/:userId").handler(authenticated).handler(noContent(this::nameCoordinator));
    router.delete("/api/cities/:id/coordinators/:userId").handler(authenticated).handler(noContent(this::removeCoordinator));
    router.get("/api/cities/:id/practices").handler(authenticated).handler(ok(this::cityPractices));
    router.get("/api/cities/:id/adoptions").handler(authenticated).handler(ok(this::cityAdoptions));
    router.get("/api/practices").handler(authenticated).handler(ok(this::library));
    router.get("/api/practices/queue").handler(authenticated).handler(ok(this::queue));
    router.patch("/api/practices/:threadId").handler(authenticated).handler(json).handler(ok(this::notes));
    router.post("/api/practices/:threadId/transitions").handler(authenticated).handler(json).handler(ok(this::transition));
    router.get("/api/practices/:threadId/history").handler(authenticated).handler(ok(this::history));
    router.get("/api/practices/:threadId/adoptions").handler(authenticated).handler(ok(this::adoptions));
    router.put("/api/practices/:threadId/adoptions/:cityId").handler(authenticated).handler(json).handler(ok(this::adopt));
    acks.mount(router, authenticated);
    requests.mount(router, json, authenticated);
    router.get("/api/dashboard").handler(authenticated).handler(ok(this::dashboard));
  }

  private Future<JsonObject> directory(RoutingContext ctx) {
    DirectoryFilter filter = new DirectoryFilter(param(ctx, "role"), param(ctx, "country"), param(ctx, "theme"));
    return cities.directory(filter).map(all -> Page.items(all, CityPages::summaryJson));
  }

  private Future<JsonObject> city(RoutingContext ctx) {
    return cities.page(ctx.pathParam("id"));
  }

  private Future<JsonObject> patchCity(RoutingContext ctx) {
    return cities.patchProfile(Authenticator.caller(ctx), ctx.pathParam("id"), ProfilePatch.from(JsonBody.of(ctx)));
  }

  private Future<Void> nameCoordinator(RoutingContext ctx) {
    return cities.nameCoordinator(Authenticator.caller(ctx), ctx.pathParam("id"), PathIds.parse(ctx.pathParam("userId"), "user"));
  }

  private Future<Void> removeCoordinator(RoutingContext ctx) {
    return cities.removeCoordinator(Authenticator.caller(ctx), ctx.pathParam("id"), PathIds.parse(ctx.pathParam("userId"), "user"));
  }

  private Future<JsonObject> cityPractices(RoutingContext ctx) {
    PageRequest page = PageRequest.from(ctx);
    LibraryFilter filter = new LibraryFilter(null, null, null, ctx.pathParam("id"));
    return cities.page(ctx.pathParam("id"))
      .compose(known -> practices.library(pool, filter, page))
      .map(rows -> threadPage(ctx, rows, page));
  }

  private Future<JsonObject> cityAdoptions(RoutingContext ctx) {
    return adoptions.ofCity(ctx.pathParam("id"), PageRequest.from(ctx)).map(page -> page.toJson(Adoption::toJson));
  }

  private Future<JsonObject> library(RoutingContext ctx) {
    LibraryFilter filter = LibraryFilter.from(ctx.queryParams());
    PageRequest page = PageRequest.from(ctx);
    return practices.library(pool, filter, page).map(rows -> threadPage(ctx, rows, page));
  }

  /** "Waiting for my review": what the caller may claim or has claimed, and their own drafts and returned practices. */
  private Future<JsonObject> queue(RoutingContext ctx) {
    User caller = Authenticator.caller(ctx);
    PageRequest page = PageRequest.from(ctx);
    Reviewer reviewer = new Reviewer(caller.numericId(), caller.has(Role.MENTOR), Policy.canModerate(caller), caller.cityId());
    return practices.queue(pool, reviewer, page).map(rows -> threadPage(ctx, rows, page));
  }

  private Future<JsonObject> notes(RoutingContext ctx) {
    User caller = Authenticator.caller(ctx);
    return review.notes(caller, PracticeNotes.from(ctx.pathParam("threadId"), JsonBody.of(ctx))).map(thread -> thread.toJson(caller));
  }

  private Future<JsonObject> transition(RoutingContext ctx) {
    User caller = Authenticator.caller(ctx);
    return review.transition(caller, TransitionRequest.from(ctx.pathParam("threadId"), JsonBody.of(ctx))).map(thread -> thread.toJson(caller));
  }

  private Future<JsonObject> history(RoutingContext ctx) {
    return review.history(practiceId(ctx)).map(steps -> Page.items(steps, Transition::toJson));
  }

  private Future<JsonObject> adoptions(RoutingContext ctx) {
    return adoptions.ofPractice(practiceId(ctx)).map(all -> Page.items(all, Adoption::toJson));
  }

  private Future<JsonObject> adopt(RoutingContext ctx) {
    AdoptionDeclaration declaration = AdoptionDeclaration.from(ctx.pathParam("threadId"), ctx.pathParam("cityId"), JsonBody.of(ctx));
    return adoptions.declare(Authenticator.caller(ctx), declaration).map(Adoption::toJson);
  }

  private Future<JsonObject> dashboard(RoutingContext ctx) {
    return dashboard.read(Authenticator.caller(ctx), ctx.queryParams().get("cohort"));
  }

  private static JsonObject threadPage(RoutingContext ctx, List<Thread> rows, PageRequest request) {
    User caller = Authenticator.caller(ctx);
    return Page.of(rows, request, PracticeCursor::position).toJson(thread -> thread.toJson(caller));
  }

  private static long practiceId(RoutingContext ctx) {
    return PathIds.parse(ctx.pathParam("threadId"), "practice");
  }

  private static String param(RoutingContext ctx, String name) {
    String value = ctx.queryParams().get(name);
    return value == null || value.isEmpty() ? null : value;
  }
}
