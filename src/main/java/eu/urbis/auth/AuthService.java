package eu.urbis.auth;

import eu.urbis.bus.Addresses;
import eu.urbis.city.CityRepository;
import eu.urbis.failure.Conflict;
import eu.urbis.failure.Failure;
import eu.urbis.failure.FieldCode;
import eu.urbis.http.RateCounts;
import eu.urbis.http.RateLimiter;
import eu.urbis.user.NewUser;
import eu.urbis.user.Role;
import eu.urbis.user.User;
import eu.urbis.user.UserRepository;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

/** Accounts and sessions: register, log in, rotate refresh tokens, log out. */
public final class AuthService {
  private static final String BAD_CREDENTIALS = "Unknown username or wrong password.";

  private final Pool pool;
  private final UserRepository users;
  private final CityRepository cities;
  private final RefreshTokenRepository refreshTokens = new RefreshTokenRepository();
  private final PasswordHasher hasher;
  private final RandomTokens random = new RandomTokens();
  private final TokenService tokens;
  private final OpenSessions sessions;
  private final AuthConfig config;
  private final JwtConfig jwt;
  private final Clock clock;
  private final EventBus bus;
  private final LoginLimits loginLimits;
  private final RateLimiter registrationsByIp;

  public AuthService(Vertx vertx, Pool pool, UserRepository users, CityRepository cities, PasswordHasher hasher, TokenService tokens,
                     OpenSessions sessions, AuthConfig config, JwtConfig jwt, RateCounts counts, RateLimits limits, Clock clock) {
    this.pool = pool;
    this.users = users;
    this.cities = cities;
    this.hasher = hasher;
    this.tokens = tokens;
    this.sessions = sessions;
    this.config = config;
    this.jwt = jwt;
    this.clock = clock;
    this.bus = vertx.eventBus();
    this.loginLimits = new LoginLimits(vertx, counts, limits);
    this.registrationsByIp = new RateLimiter(counts, "registrations", limits.registrationsPerIp(), limits.registrationWindow());
  }

  Future<Session> register(Registration registration, String clientIp) {
    return invitationMustHold(registration)
      .compose(v -> registrationsByIp.acquire(clientIp))
      .compose(v -> cityMustExist(registration.cityId()))
      .compose(ok -> hasher.hash(registration.password()))
      .compose(hash -> pool.withTransaction(tx -> users
        .insert(tx, new NewUser(registration.username(), registration.displayName(), registration.cityId(), Role.MEMBER, hash))
        .compose(user -> startSession(tx, user))));
  }

  Future<Session> login(Credentials credentials, String clientIp) {
    LoginLimits.Attempt attempt = loginLimits.attempt(credentials.username().toLowerCase(Locale.ROOT), clientIp);
    return attempt.allowed()
      .compose(v -> users.findWithHash(pool, credentials.username()))
      .compose(found -> found.isEmpty()
        ? hasher.verifyDecoy(credentials.password()).map((User) null)
        : hasher.verify(credentials.password(), found.get().passwordHash()).map(ok -> ok ? found.get().user() : null))
      .compose(user -> {
        if (user == null) {
          return attempt.failed().compose(v -> Future.failedFuture(Failure.unauthorized(BAD_CREDENTIALS)));
        }
        attempt.succeeded();
        if (user.suspended(clock.instant())) {
          return Future.failedFuture(Suspensions.problem(user));
        }
        return pool.withTransaction(tx -> startSession(tx, user));
      });
  }

  /** For a change that asks the signed-in user for their password again, such as deleting the account. */
  public Future<Void> confirmPassword(User user, String password) {
    return users.findWithHash(pool, user.username())
      .compose(found -> found.isEmpty() ? Future.succeededFuture(false) : hasher.verify(password, found.get().passwordHash()))
      .compose(right -> right ? Future.<Void>succeededFuture()
        : Future.failedFuture(Failure.invalid("password", FieldCode.WRONG_PASSWORD, "is not this account's password")));
  }

  /**
   * Rotates a refresh token. A token presented a second time means it leaked (or a client raced itself):
   * the whole family is revoked, so whoever holds any of its tokens must log in again.
   */
  Future<Session> refresh(PresentedToken presented) {
    return pool.withTransaction(tx -> refreshTokens.lockByHash(tx, sha256(presented.refreshToken()))
        .compose(found -> {
          if (found.isEmpty()) {
            return Future.succeededFuture(RefreshOutcome.rejected("The refresh token is not valid."));
          }
          RefreshToken token = found.get();
          if (token.revokedAt() != null || token.expired(clock.instant())) {
            return Future.succeededFuture(RefreshOutcome.rejected("The refresh token has expired or was revoked."));
          }
          if (token.usedAt() != null) {
            return refreshTokens.revokeFamily(tx, token.familyId())
              .map(RefreshOutcome.rejected("The refresh token was already used; every session of this login is revoked."));
          }
          return users.findById(tx, token.userId())
            .compose(user -> user.isEmpty()
              ? Future.succeededFuture(RefreshOutcome.rejected("The account no longer exists."))
              : user.get().suspended(clock.instant())
              ? Future.succeededFuture(new RefreshOutcome(null, Suspensions.problem(user.get())))
              : refreshTokens.markUsed(tx, token.id())
              .compose(v -> continueSession(tx, token.familyId(), user.get()))
              .map(session -> new RefreshOutcome(new Session(session.token(), session.refreshToken(), null), null)));
        }))
      // the revocation above must commit, so the failure is raised only after the transaction
      .compose(outcome -> outcome.problem() == null ? Future.succeededFuture(outcome.session()) : Future.failedFuture(outcome.problem()));
  }

  /**
   * Ends the session: its refresh tokens are revoked (one statement, committed), its access tokens refused from then on
   * (on this node before the answer, on the others when they hear of it) and its open sockets closed.
   */
  Future<Void> logout(PresentedToken presented) {
    return refreshTokens.revokeFamilyOf(pool, sha256(presented.refreshToken()))
      .onSuccess(ended -> ended.ifPresent(session -> {
        sessions.ended(session.session());
        bus.publish(Addresses.SESSION_ENDED, new JsonObject().put("user", session.userId()).put("session", session.session()));
      }))
      .mapEmpty();
  }

  /**
   * Creates an account directly (demo users, the bootstrap admin); does nothing when the username exists,
   * including when another node starting at the same moment created it first.
   */
  public Future<Boolean> ensureAccount(String username, String password, String displayName, String cityId, Role role) {
    return users.usernameExists(pool, username)
      .compose(exists -> exists ? Future.succeededFuture(false)
        : hasher.hash(password)
        .compose(hash -> users.insert(pool, new NewUser(username, displayName, cityId, role, hash)))
        .map(true)
        .recover(failure -> failure instanceof Conflict
          ? Future.succeededFuture(false)
          : Future.failedFuture(failure)));
  }

  private record RefreshOutcome(Session session, Failure problem) {
    static RefreshOutcome rejected(String detail) {
      return new RefreshOutcome(null, Failure.unauthorized(detail));
    }
  }

  private Future<Void> invitationMustHold(Registration registration) {
    if (config.openRegistration() || (registration.inviteCode() != null && config.inviteCodes().contains(registration.inviteCode()))) {
      return Future.succeededFuture();
    }
    return Future.failedFuture(Failure.invalid("inviteCode", FieldCode.INVALID, "a valid invitation code is required"));
  }

  private Future<Void> cityMustExist(String cityId) {
    if (cityId == null) {
      return Future.succeededFuture();
    }
    return cities.exists(pool, cityId)
      .compose(exists -> exists ? Future.<Void>succeededFuture()
        : Future.failedFuture(Failure.invalid("cityId", FieldCode.UNKNOWN, "is not a city of the programme")));
  }

  private Future<Session> startSession(SqlClient tx, User user) {
    return continueSession(tx, random.uuid(), user);
  }

  private Future<Session> continueSession(SqlClient tx, UUID familyId, User user) {
    String refreshToken = random.token();
    OffsetDateTime expiresAt = OffsetDateTime.now(clock).plus(jwt.refreshTokenTtl());
    return refreshTokens.insert(tx, familyId, user.numericId(), sha256(refreshToken), expiresAt)
      .map(v -> new Session(tokens.issue(user.id(), familyId), refreshToken, user));
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
