package eu.urbis.profile;

import eu.urbis.auth.Authenticator;
import eu.urbis.http.JsonBody;
import eu.urbis.profile.UserService;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.time.Clock;

import static eu.urbis.http.Reply.ok;

public final class UserRoutes {
  private final UserService users;
  private final Clock clock;

  public UserRoutes(UserService users, Clock clock) {
    this.users = users;
    this.clock = clock;
  }

  public void mount(Router router, JsonBody json, Authenticator authenticated) {
    router.get("/api/users/by-name/:username").handler(authenticated).handler(ok(this::byName));
    router.get("/api/users/:id").handler(authenticated).handler(ok(this::profile));
    router.patch("/api/users/:id").handler(authenticated).handler(json).handler(ok(this::changeRole));
  }

  private Future<JsonObject> profile(RoutingContext ctx) {
    return users.get(ctx.pathParam("id")).map(user -> user.toJson(clock.instant()));
  }

  private Future<JsonObject> byName(RoutingContext ctx) {
    return users.byName(ctx.pathParam("username")).map(user -> user.toJson(clock.instant()));
  }

  private Future<JsonObject> changeRole(RoutingContext ctx) {
    return users.changeRole(Authenticator.caller(ctx), ctx.pathParam("id"), JsonBody.of(ctx)).map(user -> user.toJson(clock.instant()));
  }
}
