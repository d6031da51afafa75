package eu.urbis.profile;

import eu.urbis.auth.Authenticator;
import eu.urbis.http.JsonBody;
import eu.urbis.profile.UserService;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.time.Clock;

import static eu.urbis.http.Reply.noContent;
import static eu.urbis.http.Reply.ok;

public final class UserRoutes {
  private final UserService users;
  private final DataExport export;
  private final AccountDeletion deletion;
  private final Clock clock;

  public UserRoutes(UserService users, DataExport export, AccountDeletion deletion, Clock clock) {
    this.users = users;
    this.export = export;
    this.deletion = deletion;
    this.clock = clock;
  }

  public void mount(Router router, JsonBody json, Authenticator authenticated) {
    router.get("/api/me/export").handler(authenticated).handler(ok(this::export));
    router.delete("/api/me").handler(authenticated).handler(json).handler(noContent(this::deleteAccount));
    router.get("/api/users/:id").handler(authenticated).handler(ok(this::profile));
    router.patch("/api/users/:id").handler(authenticated).handler(json).handler(ok(this::changeRole));
  }

  private Future<JsonObject> profile(RoutingContext ctx) {
    return users.get(ctx.pathParam("id")).map(user -> user.toJson(clock.instant()));
  }

  private Future<JsonObject> export(RoutingContext ctx) {
    return export.of(Authenticator.caller(ctx));
  }

  private Future<Void> deleteAccount(RoutingContext ctx) {
    return deletion.delete(Authenticator.caller(ctx), JsonBody.of(ctx));
  }

  private Future<JsonObject> changeRole(RoutingContext ctx) {
    return users.changeRole(Authenticator.caller(ctx), ctx.pathParam("id"), JsonBody.of(ctx)).map(user -> user.toJson(clock.instant()));
  }
}
