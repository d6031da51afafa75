package eu.urbis.profile;

import eu.urbis.audit.AuditLog;
import eu.urbis.auth.Callers;
import eu.urbis.auth.Policy;
import eu.urbis.db.Transactions;
import eu.urbis.failure.Failure;
import eu.urbis.http.PathIds;
import eu.urbis.user.Role;
import eu.urbis.user.User;
import eu.urbis.user.UserRepository;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;

import java.util.List;

public final class UserService {
  private static final int SUGGESTIONS = 8;
  private final Vertx vertx;
  private final Pool pool;
  private final UserRepository users;
  private final AuditLog audit;

  public UserService(Vertx vertx, Pool pool, UserRepository users, AuditLog audit) {
    this.vertx = vertx;
    this.pool = pool;
    this.users = users;
    this.audit = audit;
  }

  public Future<User> get(String id) {
    return userId(id)
      .compose(userId -> users.findById(pool, userId))
      .compose(found -> found.map(Future::succeededFuture).orElseGet(() -> Future.failedFuture(PathIds.notFound("user"))));
  }

  /** A mention link's target: {@code #/u/{username}} reads the user by name. */
  public Future<User> byName(String username) {
    return users.findByUsername(pool, username)
      .compose(found -> found.map(Future::succeededFuture).orElseGet(() -> Future.failedFuture(PathIds.notFound("user"))));
  }

  /** Mention autocomplete: the first few users whose username starts with {@code prefix}. */
  public Future<List<User>> withPrefix(String prefix) {
    return users.withPrefix(pool, prefix, SUGGESTIONS);
  }

  /** Admins promote and demote; the last admin cannot demote themselves (nobody would be left to undo it). */
  Future<User> changeRole(User caller, String id, RoleChange change) {
    if (!Policy.canChangeRoles(caller)) {
      return Future.failedFuture(Failure.forbidden("Only admins change roles."));
    }
    Role role = change.role();
    return userId(id).compose(userId -> Transactions.run(pool, (tx, afterCommit) -> users.lockAdmins(tx)
      .compose(admins -> users.findById(tx, userId)
        .compose(found -> {
          User target = found.orElseThrow(() -> PathIds.notFound("user"));
          if (target.role() == Role.ADMIN && role != Role.ADMIN && admins <= 1) {
            throw Failure.conflict("The last admin cannot be demoted; promote another admin first.");
          }
          return users.setRole(tx, userId, role)
            .map(updated -> updated.orElseThrow(() -> PathIds.notFound("user")))
            .compose(updated -> recordRoleChange(tx, caller, target, updated));
        }))
      .onSuccess(updated -> afterCommit.add(() -> Callers.publishChanged(vertx, updated.id())))));
  }

  /** An id that is not a number names no user: a failed Future, like an unknown one. */
  private static Future<Long> userId(String raw) {
    return PathIds.parsed(raw, "user");
  }

  private Future<User> recordRoleChange(SqlClient tx, User caller, User before, User after) {
    JsonObject detail = new JsonObject().put("from", before.role().wire()).put("to", after.role().wire());
    return audit.record(tx, caller.id(), "user.role", "user", after.id(), detail).map(after);
  }
}
