package eu.urbis.user;

import eu.urbis.auth.Authenticator;
import eu.urbis.http.JsonBody;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import static eu.urbis.http.Reply.ok;

public final class UserRoutes {
  private final UserService users;

  public UserRoutes(UserService users) {
    this.users = users;
  }

  public void mount(Router router, JsonBody json, Authenticator authenticated) {
    router.get("/api/users/:id").handler(authenticated).handler(ok(this::profile));
    router.patch("/api/users/:id").handler(authenticated).handler(json).handler(ok(this::changeRole));
  }

  private Future<JsonObject> profile(RoutingContext ctx) {
    return users.get(ctx.pathParam("id")).map(User::toJson);
  }

  private Future<JsonObject> changeRole(RoutingContext ctx) {
    return users.changeRole(Authenticator.caller(ctx), ctx.pathParam("id"), JsonBody.of(ctx)).map(User::toJson);
  }
}
