package eu.urbis.auth;

import eu.urbis.http.JsonBody;
import eu.urbis.http.ClientAddress;
import eu.urbis.user.EmailSettings;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;

import java.time.Clock;

import static eu.urbis.http.Reply.noContent;
import static eu.urbis.http.Reply.ok;
import static eu.urbis.http.Reply.created;

public final class AuthRoutes {
  private final AuthService auth;
  private final ClientAddress clientAddress;
  private final Clock clock;
  private final Pool pool;
  private final PasswordRules passwords = PasswordRules.load();

  /** @param pool reads the caller's e-mail settings for {@code GET /api/me} */
  public AuthRoutes(AuthService auth, ClientAddress clientAddress, Clock clock, Pool pool) {
    this.auth = auth;
    this.clientAddress = clientAddress;
    this.clock = clock;
    this.pool = pool;
  }

  public void mount(Router router, JsonBody json, Authenticator authenticated) {
    router.post("/api/auth/register").handler(json).handler(created(this::register));
    router.post("/api/auth/login").handler(json).handler(ok(this::login));
    router.post("/api/auth/refresh").handler(json).handler(ok(this::refresh));
    router.post("/api/auth/logout").handler(json).handler(noContent(this::logout));
    router.get("/api/me").handler(authenticated).handler(ok(this::me));
  }

  private Future<JsonObject> register(RoutingContext ctx) {
    return auth.register(Registration.from(JsonBody.of(ctx), passwords), clientAddress.of(ctx)).map(this::toJson);
  }

  private Future<JsonObject> login(RoutingContext ctx) {
    return auth.login(Credentials.from(JsonBody.of(ctx)), clientAddress.of(ctx)).map(this::toJson);
  }

  private Future<JsonObject> refresh(RoutingContext ctx) {
    return auth.refresh(PresentedToken.from(JsonBody.of(ctx))).map(this::toJson);
  }

  private Future<Void> logout(RoutingContext ctx) {
    return auth.logout(PresentedToken.from(JsonBody.of(ctx)));
  }

  private Future<JsonObject> me(RoutingContext ctx) {
    User caller = Authenticator.caller(ctx);
    return pool.preparedQuery(EmailSettings.SELECT)
      .mapping(row -> new EmailSettings(row.getString("email"), row.getString("email_mode")))
      .execute(Tuple.of(caller.numericId()))
      .map(rows -> rows.iterator().next().addTo(Me.toJson(caller, clock.instant())));
  }

  private JsonObject toJson(Session session) {
    return session.toJson(clock.instant());
  }
}
