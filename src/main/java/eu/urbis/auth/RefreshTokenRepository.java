package eu.urbis.auth;

import eu.urbis.db.Rows;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

final class RefreshTokenRepository {
  private static final String INSERT = """
    INSERT INTO refresh_tokens (family_id, user_id, token_hash, expires_at)
    VALUES ($1, $2, $3, $4)""";

  // FOR UPDATE: two concurrent refreshes with one token must not both rotate it.
  private static final String LOCK_BY_HASH = """
    SELECT id, family_id, user_id, expires_at, used_at, revoked_at
    FROM refresh_tokens WHERE token_hash = $1 FOR UPDATE""";

  private static final String MARK_USED = "UPDATE refresh_tokens SET used_at = now() WHERE id = $1";

  private static final String REVOKE_FAMILY = """
    UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL""";

  private static final String REVOKE_FAMILY_OF_HASH = """
    UPDATE refresh_tokens SET revoked_at = now()
    WHERE revoked_at IS NULL AND family_id = (SELECT family_id FROM refresh_tokens WHERE token_hash = $1)
    RETURNING user_id, family_id""";

  Future<Void> insert(SqlClient db, UUID familyId, long userId, byte[] tokenHash, OffsetDateTime expiresAt) {
    return db.preparedQuery(INSERT)
      .execute(Tuple.of(familyId, userId, Buffer.buffer(tokenHash), expiresAt))
      .mapEmpty();
  }

  Future<Optional<RefreshToken>> lockByHash(SqlClient db, byte[] tokenHash) {
    return db.preparedQuery(LOCK_BY_HASH)
      .mapping(RefreshToken::fromRow)
      .execute(Tuple.of(Buffer.buffer(tokenHash)))
      .map(Rows::first);
  }

  Future<Void> markUsed(SqlClient db, long id) {
    return db.preparedQuery(MARK_USED).execute(Tuple.of(id)).mapEmpty();
  }

  Future<Void> revokeFamily(SqlClient db, UUID familyId) {
    return db.preparedQuery(REVOKE_FAMILY).execute(Tuple.of(familyId)).mapEmpty();
  }

  /** The user and family it revoked; empty when the family was unknown or had ended already. */
  Future<Optional<AccessToken>> revokeFamilyOf(SqlClient db, byte[] tokenHash) {
    return db.preparedQuery(REVOKE_FAMILY_OF_HASH)
      .mapping(row -> new AccessToken(Long.toString(row.getLong("user_id")), row.getUUID("family_id").toString()))
      .execute(Tuple.of(Buffer.buffer(tokenHash)))
      .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next()));
  }
}
