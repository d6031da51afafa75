package eu.urbis.moderation;

import eu.urbis.auth.Authenticator;
import eu.urbis.http.JsonBody;
import eu.urbis.http.PageRequest;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import static eu.urbis.http.Reply.created;
import static eu.urbis.http.Reply.ok;

public final class ReportRoutes {
  private final ReportService reports;

  public ReportRoutes(ReportService reports) {
    this.reports = reports;
  }

  public void mount(Router router, JsonBody json, Authenticator authenticated) {
    router.post("/api/reports").handler(authenticated).handler(json).handler(created(this::report));
    router.get("/api/moderation/reports").handler(authenticated).handler(ok(this::queue));
    router.post("/api/moderation/reports/:id/resolve").handler(authenticated).handler(json).handler(ok(this::resolve));
  }

  private Future<JsonObject> report(RoutingContext ctx) {
    return reports.report(Authenticator.caller(ctx), NewReport.from(JsonBody.of(ctx), reports.targetTypes())).map(Report::toJson);
  }

  private Future<JsonObject> queue(RoutingContext ctx) {
    PageRequest page = PageRequest.from(ctx);
    return reports.queue(Authenticator.caller(ctx), ReportService.Status.from(ctx.request().getParam("status")), page)
      .map(listed -> listed.toJson(Report::toJson));
  }

  private Future<JsonObject> resolve(RoutingContext ctx) {
    return reports.resolve(Authenticator.caller(ctx), Resolution.from(ctx.pathParam("id"), JsonBody.of(ctx))).map(Report::toJson);
  }
}
