package eu.urbis.auth;

import eu.urbis.failure.Failure;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

import java.time.Clock;
import java.util.Optional;

/**
 * Route step for authenticated endpoints: a valid bearer token of an existing, active user, or 401/403.
 * Handlers then read the caller with {@link #caller(RoutingContext)}.
 */
public final class Authenticator implements Handler<RoutingContext> {
  private static final String KEY = "urbis.caller";
  private static final String BEARER = "bearer ";

  private final TokenService tokens;
  private final Callers callers;
  private final OpenSessions sessions;
  private final Clock clock;

  public Authenticator(TokenService tokens, Callers callers, OpenSessions sessions, Clock clock) {
    this.tokens = tokens;
    this.callers = callers;
    this.sessions = sessions;
    this.clock = clock;
  }

  @Override
  public void handle(RoutingContext ctx) {
    String header = ctx.request().getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      ctx.fail(Failure.unauthorized("Send Authorization: Bearer <token>."));
      return;
    }
    activeUser(header.substring(BEARER.length()).trim())
      .onSuccess(user -> {
        ctx.put(KEY, user);
        ctx.next();
      })
      .onFailure(ctx::fail);
  }

  /** Resolves a token to its user, failing as the REST API would. */
  public Future<User> activeUser(String token) {
    return activeSession(token).map(SignedIn::user);
  }

  /** A user and the session of the token they came with. */
  public record SignedIn(User user, String session) {
  }

  /**
   * As {@link #activeUser}, with the token's session: the WebSocket edge closes a socket when its session ends. A token
   * of a session that was logged out is a 401 from then on.
   */
  public Future<SignedIn> activeSession(String token) {
    return tokens.verify(token).compose(claims -> sessions.open(claims.session())
      .compose(open -> open ? callers.current(claims.userId())
        : Future.<Optional<User>>failedFuture(Failure.unauthorized("The token's session has ended; log in again.")))
      .compose(found -> {
        if (found.isEmpty()) {
          return Future.failedFuture(Failure.unauthorized("The token's user no longer exists."));
        }
        if (found.get().suspended(clock.instant())) {
          return Future.failedFuture(Suspensions.problem(found.get()));
        }
        return Future.succeededFuture(new SignedIn(found.get(), claims.session()));
      }));
  }

  public static User caller(RoutingContext ctx) {
    User user = ctx.get(KEY);
    if (user == null) {
      throw new IllegalStateException("route has no Authenticator step");
    }
    return user;
  }
}
