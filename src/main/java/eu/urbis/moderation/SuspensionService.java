package eu.urbis.moderation;

import eu.urbis.audit.AuditLog;
import eu.urbis.auth.Callers;
import eu.urbis.auth.Policy;
import eu.urbis.db.Transactions;
import eu.urbis.failure.Failure;
import eu.urbis.http.PathIds;
import eu.urbis.user.User;
import eu.urbis.user.UserRepository;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Suspending and reinstating accounts. A suspension takes effect everywhere at once: after the commit, the
 * user-changed event tells every node to drop its cached copy of the user (their next REST call is a 403) and to
 * re-check their open chat sockets, which close with 4403.
 */
public final class SuspensionService {
  private final Vertx vertx;
  private final Pool pool;
  private final UserRepository users;
  private final AuditLog audit;
  private final Clock clock;

  public SuspensionService(Vertx vertx, Pool pool, UserRepository users, AuditLog audit, Clock clock) {
    this.vertx = vertx;
    this.pool = pool;
    this.users = users;
    this.audit = audit;
    this.clock = clock;
  }

  Future<User> suspend(User caller, Suspension suspension) {
    OffsetDateTime until = suspension.until();
    return Transactions.run(pool, (tx, afterCommit) -> target(tx, suspension.userId())
      .compose(target -> {
        checkMaySuspend(caller, target);
        return users.suspend(tx, suspension.userId(), until, suspension.reason()).map(Optional::orElseThrow);
      })
      .compose(suspended -> audit.record(tx, caller.id(), "user.suspend", "user", suspended.id(),
          new JsonObject().put("until", until == null ? null : until.toInstant().toString()).put("reason", suspension.reason()))
        .map(suspended))
      .onSuccess(suspended -> afterCommit.add(() -> Callers.publishChanged(vertx, suspended.id()))));
  }

  public Future<User> unsuspend(User caller, long userId) {
    if (!Policy.canModerate(caller)) {
      return Future.failedFuture(Failure.forbidden("Only moderators lift suspensions."));
    }
    return Transactions.run(pool, (tx, afterCommit) -> target(tx, userId)
      .compose(target -> users.unsuspend(tx, userId).map(Optional::orElseThrow))
      .compose(user -> audit.record(tx, caller.id(), "user.unsuspend", "user", user.id(), null).map(user))
      .onSuccess(user -> afterCommit.add(() -> Callers.publishChanged(vertx, user.id()))));
  }

  private static void checkMaySuspend(User caller, User target) {
    if (!Policy.canModerate(caller)) {
      throw Failure.forbidden("Only moderators suspend users.");
    }
    if (caller.id().equals(target.id())) {
      throw Failure.forbidden("Nobody can suspend themselves.");
    }
    if (!Policy.canSuspend(caller, target)) {
      throw Failure.forbidden("Moderators cannot suspend admins.");
    }
  }

  private Future<User> target(SqlClient tx, long userId) {
    return users.findById(tx, userId).map(found -> found.orElseThrow(() -> PathIds.notFound("user")));
  }

}
