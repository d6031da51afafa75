package eu.urbis.profile;

import eu.urbis.auth.Authenticator;
import eu.urbis.failure.Failure;
import eu.urbis.failure.FieldCode;
import eu.urbis.http.JsonBody;
import eu.urbis.http.Page;
import eu.urbis.profile.UserService;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.time.Clock;
import java.util.regex.Pattern;

import static eu.urbis.http.Reply.noContent;
import static eu.urbis.http.Reply.ok;

public final class UserRoutes {
  private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9_.-]{1,32}");

  private final UserService users;
  private final DataExport export;
  private final AccountDeletion deletion;
  private final SettingsChange settings;
  private final Clock clock;

  public UserRoutes(UserService users, DataExport export, AccountDeletion deletion, SettingsChange settings, Clock clock) {
    this.users = users;
    this.export = export;
    this.deletion = deletion;
    this.settings = settings;
    this.clock = clock;
  }

  public void mount(Router router, JsonBody json, Authenticator authenticated) {
    router.get("/api/users").handler(authenticated).handler(ok(this::suggest));
    router.get("/api/users/by-name/:username").handler(authenticated).handler(ok(this::byName));
    router.get("/api/me/export").handler(authenticated).handler(ok(this::export));
    router.patch("/api/me").handler(authenticated).handler(json).handler(ok(this::changeMe));
    router.delete("/api/me").handler(authenticated).handler(json).handler(noContent(this::deleteAccount));
    router.get("/api/users/:id").handler(authenticated).handler(ok(this::profile));
    router.patch("/api/users/:id").handler(authenticated).handler(json).handler(ok(this::changeRole));
  }

  private Future<JsonObject> profile(RoutingContext ctx) {
    return users.get(ctx.pathParam("id")).map(user -> user.toJson(clock.instant()));
  }

  private Future<JsonObject> suggest(RoutingContext ctx) {
    String prefix = ctx.queryParams().get("prefix");
    if (prefix == null || !PREFIX.matcher(prefix).matches()) {
      return Future.failedFuture(Failure.invalid("prefix", FieldCode.PATTERN, "must be 1 to 32 of a-z, 0-9, _ . -"));
    }
    return users.withPrefix(prefix).map(found -> Page.items(found, user -> user.ref().toJson()));
  }

  private Future<JsonObject> byName(RoutingContext ctx) {
    return users.byName(ctx.pathParam("username")).map(user -> user.toJson(clock.instant()));
  }

  private Future<JsonObject> export(RoutingContext ctx) {
    return export.of(Authenticator.caller(ctx));
  }

  private Future<JsonObject> changeMe(RoutingContext ctx) {
    return settings.apply(Authenticator.caller(ctx), SettingsPatch.from(JsonBody.of(ctx)), clock.instant());
  }

  private Future<Void> deleteAccount(RoutingContext ctx) {
    return deletion.delete(Authenticator.caller(ctx), DeletionRequest.from(JsonBody.of(ctx)));
  }

  private Future<JsonObject> changeRole(RoutingContext ctx) {
    return users.changeRole(Authenticator.caller(ctx), ctx.pathParam("id"), RoleChange.from(JsonBody.of(ctx)))
      .map(user -> user.toJson(clock.instant()));
  }
}
