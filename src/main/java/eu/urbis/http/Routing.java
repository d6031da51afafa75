package eu.urbis.http;

import eu.urbis.app.Services;
import io.vertx.core.Vertx;
import io.vertx.ext.web.healthchecks.HealthCheckHandler;
import io.vertx.ext.healthchecks.HealthChecks;
import io.vertx.ext.healthchecks.Status;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.StaticHandler;

/** The one wiring function: the production router, built from the services. Tests serve exactly this. */
public final class Routing {
  private static final long HEALTH_TIMEOUT_MS = 2_000;

  private Routing() {
  }

  public static Router create(Vertx vertx, Services services) {
    Router router = Router.router(vertx);
    Problems problems = new Problems();
    JsonBody json = new JsonBody();

    router.route().handler(new RequestLog()).handler(new SecurityHeaders());
    router.route("/api/*").handler(BodyHandler.create(false).setBodyLimit(services.config().http().bodyLimitBytes()));

    services.authRoutes().mount(router, json, services.authenticator());
    services.userRoutes().mount(router, json, services.authenticator());
    services.cityRoutes().mount(router);
    services.chat().routes().mount(router, json, services.authenticator());

    router.get("/health").handler(HealthCheckHandler.createWithHealthChecks(health(vertx, services)));
    router.get("/webjars/*").handler(StaticHandler.create("META-INF/resources/webjars").setCachingEnabled(true));
    router.get("/*").handler(StaticHandler.create("webroot").setIndexPage("index.html"));

    router.route().failureHandler(problems);
    router.errorHandler(404, problems);
    router.errorHandler(405, problems);
    router.errorHandler(413, problems);
    return router;
  }

  private static HealthChecks health(Vertx vertx, Services services) {
    return HealthChecks.create(vertx).register("database", HEALTH_TIMEOUT_MS, promise -> services.pool()
      .query("SELECT 1")
      .execute()
      .onSuccess(rows -> promise.complete(Status.OK()))
      .onFailure(failure -> promise.complete(Status.KO())));
  }
}
