package eu.urbis.user;

import eu.urbis.db.Rows;
import eu.urbis.db.SqlStates;
import eu.urbis.failure.Failure;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** SQL for users. Every method takes the client to run on, so a caller's transaction can include it. */
public final class UserRepository {

  /** A user with their stored password hash, for login only. */
  public record WithHash(User user, String passwordHash) {
    static WithHash fromRow(Row row) {
      return new WithHash(User.fromRow(row), row.getString("password_hash"));
    }
  }

  public Future<User> insert(SqlClient db, NewUser user) {
    return db.preparedQuery(UserSql.INSERT)
      .mapping(User::fromRow)
      .execute(Tuple.of(user.username(), user.displayName(), user.cityId(), user.role().wire(), user.passwordHash()))
      .map(rows -> rows.iterator().next())
      .recover(failure -> SqlStates.is(failure, SqlStates.UNIQUE_VIOLATION)
        ? Future.failedFuture(Failure.conflict("The username '" + user.username() + "' is taken."))
        : Future.failedFuture(failure));
  }

  public Future<Optional<User>> findById(SqlClient db, long id) {
    return db.preparedQuery(UserSql.BY_ID)
      .mapping(User::fromRow)
      .execute(Tuple.of(id))
      .map(Rows::first);
  }

  /** Usernames are case-insensitive. */
  public Future<Optional<User>> findByUsername(SqlClient db, String username) {
    return db.preparedQuery(UserSql.BY_USERNAME)
      .mapping(User::fromRow)
      .execute(Tuple.of(username))
      .map(Rows::first);
  }

  public Future<List<User>> withPrefix(SqlClient db, String prefix, int limit) {
    return db.preparedQuery(UserSql.BY_PREFIX)
      .mapping(User::fromRow)
      .execute(Tuple.of(prefix, limit))
      .map(Rows::list);
  }

  public Future<Optional<WithHash>> findWithHash(SqlClient db, String username) {
    return db.preparedQuery(UserSql.CREDENTIALS_BY_USERNAME)
      .mapping(WithHash::fromRow)
      .execute(Tuple.of(username))
      .map(Rows::first);
  }

  public Future<Boolean> usernameExists(SqlClient db, String username) {
    return db.preparedQuery(UserSql.EXISTS_BY_USERNAME)
      .execute(Tuple.of(username))
      .map(rows -> rows.size() > 0);
  }

  public Future<Optional<User>> setRole(SqlClient db, long id, Role role) {
    return db.preparedQuery(UserSql.SET_ROLE)
      .mapping(User::fromRow)
      .execute(Tuple.of(id, role.wire()))
      .map(Rows::first);
  }

  /** Locks the admin rows, so two demotions cannot both see "another admin remains". */
  public Future<Integer> lockAdmins(SqlClient db) {
    return db.preparedQuery(UserSql.LOCK_ADMINS)
      .execute()
      .map(rows -> rows.size());
  }

  public Future<Optional<User>> suspend(SqlClient db, long id, OffsetDateTime until, String reason) {
    return db.preparedQuery(UserSql.SUSPEND)
      .mapping(User::fromRow)
      .execute(Tuple.of(id, until, reason))
      .map(Rows::first);
  }

  public Future<Optional<User>> unsuspend(SqlClient db, long id) {
    return db.preparedQuery(UserSql.UNSUSPEND)
      .mapping(User::fromRow)
      .execute(Tuple.of(id))
      .map(Rows::first);
  }
}
