package eu.urbis.profile;

import eu.urbis.audit.AuditLog;
import eu.urbis.auth.AuthService;
import eu.urbis.auth.Callers;
import eu.urbis.db.Transactions;
import eu.urbis.failure.Failure;
import eu.urbis.user.Role;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

import java.util.ArrayList;
import java.util.List;

/**
 * "Delete my account", confirmed with the password, in one audited transaction: the profile is erased, every session
 * ends (refresh tokens revoked; after the commit the cached user is evicted everywhere and open sockets close), the
 * reactions go, and the posts and chat messages either stay under "Deleted user" ({@code keep}) or are removed
 * ({@code remove}: their text and edit history erased, as a deletion does).
 */
public final class AccountDeletion {
  public enum Content { KEEP, REMOVE }

  private final Vertx vertx;
  private final Pool pool;
  private final AuthService auth;
  private final AuditLog audit;

  public AccountDeletion(Vertx vertx, Pool pool, AuthService auth, AuditLog audit) {
    this.vertx = vertx;
    this.pool = pool;
    this.auth = auth;
    this.audit = audit;
  }

  Future<Void> delete(User caller, DeletionRequest request) {
    if (caller.role() == Role.ADMIN) {
      return Future.failedFuture(Failure.conflict("An admin account cannot be deleted; another admin changes its role first."));
    }
    return auth.confirmPassword(caller, request.password())
      .compose(v -> Transactions.run(pool, (tx, afterCommit) -> erase(tx, caller, request.content())
        .onSuccess(done -> afterCommit.add(() -> Callers.publishChanged(vertx, caller.id())))));
  }

  private Future<Void> erase(SqlClient tx, User caller, Content content) {
    Tuple id = Tuple.of(caller.numericId());
    Future<Void> removed = content == Content.REMOVE ? removeContent(tx, id) : Future.succeededFuture();
    return removed
      .compose(v -> tx.preparedQuery(AccountSql.DROP_REACTIONS).execute(id))
      .compose(v -> tx.preparedQuery(AccountSql.END_SESSIONS).execute(id))
      .compose(v -> tx.preparedQuery(AccountSql.ERASE_PROFILE).execute(id))
      .compose(v -> audit.record(tx, caller.id(), "account.delete", "user", caller.id(),
        new JsonObject().put("content", content.name().toLowerCase())));
  }

  private Future<Void> removeContent(SqlClient tx, Tuple id) {
    return tx.preparedQuery(AccountSql.DROP_REVISIONS).execute(id)
      .compose(v -> tx.preparedQuery(AccountSql.REMOVE_POSTS).execute(id))
      .compose(rows -> {
        List<Long> threads = new ArrayList<>();
        rows.forEach(row -> threads.add(row.getLong("thread_id")));
        return tx.preparedQuery(AccountSql.RECOUNT_THREADS).execute(Tuple.of(threads.stream().distinct().toArray(Long[]::new)));
      })
      .compose(v -> tx.preparedQuery(AccountSql.REMOVE_MESSAGES).execute(id))
      .mapEmpty();
  }
}
