package eu.urbis.app;

import eu.urbis.app.Services;
import eu.urbis.http.ClasspathFiles;
import eu.urbis.http.ControlCharacters;
import eu.urbis.http.Cors;
import eu.urbis.http.JsonBody;
import eu.urbis.http.OperatorToken;
import eu.urbis.http.Problems;
import eu.urbis.http.RequestLog;
import eu.urbis.http.SecurityHeaders;
import io.vertx.core.Vertx;
import io.vertx.ext.healthchecks.HealthChecks;
import io.vertx.ext.healthchecks.Status;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.healthchecks.HealthCheckHandler;

/** The one wiring function: the production router, built from the services. Tests serve exactly this. */
public final class Routing {
  private static final long HEALTH_TIMEOUT_MS = 2_000;

  private Routing() {
  }

  public static Router create(Vertx vertx, Services services) {
    Router router = Router.router(vertx);
    Problems problems = new Problems();
    JsonBody json = new JsonBody();

    router.route().handler(new RequestLog()).handler(new SecurityHeaders(services.clientAddress()));
    router.route().handler(new ControlCharacters());
    Cors.of(services.config().http().corsOrigins()).ifPresent(cors -> router.route("/api/*").handler(cors));
    services.files().routes().mountUpload(router, services.authenticator());
    // No path on this route, so the per-route metric label stays the handler's own path ("/api/cities/:id")
    router.route().handler(BodyHandler.create(false).setBodyLimit(services.config().http().bodyLimitBytes()));

    services.authRoutes().mount(router, json, services.authenticator());
    services.userRoutes().mount(router, json, services.authenticator());
    services.programme().routes().mount(router, json, services.authenticator());
    services.moderationRoutes().mount(router, json, services.authenticator());
    services.forum().routes().mount(router, json, services.authenticator());
    services.searchRoutes().mount(router, services.authenticator());
    services.reportRoutes().mount(router, json, services.authenticator());
    services.chat().routes().mount(router, json, services.authenticator());
    services.notifications().routes().mount(router, json, services.authenticator());
    services.files().routes().mount(router, services.authenticator());
    services.mail().mount(router, services.authenticator());

    HealthCheckHandler readiness = HealthCheckHandler.createWithHealthChecks(health(vertx, services));
    router.get("/health").handler(readiness);
    router.get("/health/ready").handler(readiness);
    router.get("/health/live").handler(HealthCheckHandler.createWithHealthChecks(liveness(vertx)));
    router.get("/metrics").handler(new OperatorToken(services.config().http().metricsToken())).handler(ctx -> scrape(ctx, services));
    services.apiDocs().mount(router);
    services.indexPage().mount(router);
    router.get("/webjars/*").handler(new ClasspathFiles("META-INF/resources/webjars", "public, max-age=31536000, immutable"));
    router.get("/*").handler(new ClasspathFiles("webroot", "no-cache"));

    router.route().failureHandler(problems);
    router.errorHandler(404, problems);
    router.errorHandler(405, problems);
    router.errorHandler(413, problems);
    return router;
  }

  /** Rendering every meter (histograms included) takes long enough to stall an event loop: a worker does it. */
  private static void scrape(RoutingContext ctx, Services services) {
    ctx.vertx().executeBlocking(() -> services.metrics().scrape(), false)
      .onSuccess(text -> ctx.response().putHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8").end(text))
      .onFailure(ctx::fail);
  }

  /** Answers when an event loop of this process runs at all; never touches the database. */
  private static HealthChecks liveness(Vertx vertx) {
    return HealthChecks.create(vertx).register("event-loop", promise -> promise.complete(Status.OK()));
  }

  private static HealthChecks health(Vertx vertx, Services services) {
    return HealthChecks.create(vertx).register("database", HEALTH_TIMEOUT_MS, promise -> services.pool()
      .query("SELECT 1")
      .execute()
      .onSuccess(rows -> promise.complete(Status.OK()))
      .onFailure(failure -> promise.complete(Status.KO())));
  }
}
