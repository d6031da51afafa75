package eu.urbis.moderation;

import eu.urbis.audit.AuditEntry;
import eu.urbis.audit.AuditLog;
import eu.urbis.auth.Authenticator;
import eu.urbis.auth.Policy;
import eu.urbis.failure.Failure;
import eu.urbis.http.JsonBody;
import eu.urbis.http.Page;
import eu.urbis.http.PageRequest;
import eu.urbis.http.PathIds;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;

import java.time.Clock;

import static eu.urbis.http.Reply.ok;

public final class ModerationRoutes {
  private final Pool pool;
  private final SuspensionService suspensions;
  private final AuditLog audit;
  private final Clock clock;

  public ModerationRoutes(Pool pool, SuspensionService suspensions, AuditLog audit, Clock clock) {
    this.pool = pool;
    this.suspensions = suspensions;
    this.audit = audit;
    this.clock = clock;
  }

  public void mount(Router router, JsonBody json, Authenticator authenticated) {
    router.post("/api/users/:id/suspend").handler(authenticated).handler(json).handler(ok(this::suspend));
    router.post("/api/users/:id/unsuspend").handler(authenticated).handler(json).handler(ok(this::unsuspend));
    router.get("/api/moderation/audit").handler(authenticated).handler(ok(this::audit));
  }

  private Future<JsonObject> suspend(RoutingContext ctx) {
    return suspensions.suspend(Authenticator.caller(ctx), Suspension.from(ctx.pathParam("id"), JsonBody.of(ctx), clock.instant())).map(user -> user.toJson(clock.instant()));
  }

  private Future<JsonObject> unsuspend(RoutingContext ctx) {
    return suspensions.unsuspend(Authenticator.caller(ctx), PathIds.parse(ctx.pathParam("id"), "user")).map(user -> user.toJson(clock.instant()));
  }

  private Future<JsonObject> audit(RoutingContext ctx) {
    if (!Policy.canModerate(Authenticator.caller(ctx))) {
      throw Failure.forbidden("Only moderators read the audit log.");
    }
    PageRequest page = PageRequest.from(ctx);
    return audit.page(pool, page)
      .map(rows -> Page.of(rows, page, entry -> new JsonObject().put("id", entry.id())).toJson(AuditEntry::toJson));
  }
}
