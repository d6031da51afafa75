package eu.urbis.auth;

import io.vertx.sqlclient.Row;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A stored refresh token (only its hash is kept); tokens of one login form a family that rotation extends. */
record RefreshToken(long id, UUID familyId, long userId, OffsetDateTime expiresAt, OffsetDateTime usedAt, OffsetDateTime revokedAt) {

  static RefreshToken fromRow(Row row) {
    return new RefreshToken(
      row.getLong("id"),
      row.getUUID("family_id"),
      row.getLong("user_id"),
      row.getOffsetDateTime("expires_at"),
      row.getOffsetDateTime("used_at"),
      row.getOffsetDateTime("revoked_at"));
  }

  boolean expired(Instant now) {
    return !expiresAt.toInstant().isAfter(now);
  }
}
