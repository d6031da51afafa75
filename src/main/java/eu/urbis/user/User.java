package eu.urbis.user;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;

import java.time.Instant;
import java.time.OffsetDateTime;

/** An account as the API shows it; the password hash never leaves {@link UserRepository}. */
public record User(
  String id,
  String username,
  String displayName,
  String cityId,
  Role role,
  OffsetDateTime suspendedAt,
  OffsetDateTime suspendedUntil,
  String suspensionReason,
  boolean coordinator,
  String locale) {

  /** The coordinator column says whether the user coordinates their own city (the programme's city_coordinators). */
  public static final String COLUMNS = "id, username, display_name, city_id, role, suspended_at, suspended_until, suspension_reason, locale, "
    + "EXISTS (SELECT 1 FROM city_coordinators cc WHERE cc.user_id = users.id AND cc.city_id = users.city_id) AS coordinator";

  public static User fromRow(Row row) {
    return new User(
      Long.toString(row.getLong("id")),
      row.getString("username"),
      row.getString("display_name"),
      row.getString("city_id"),
      Role.fromWire(row.getString("role")),
      row.getOffsetDateTime("suspended_at"),
      row.getOffsetDateTime("suspended_until"),
      row.getString("suspension_reason"),
      row.getBoolean("coordinator"),
      row.getString("locale"));
  }

  /** A suspension without an end lasts until lifted; one with an end lifts itself then. */
  public boolean suspended(Instant now) {
    return suspendedAt != null && (suspendedUntil == null || suspendedUntil.toInstant().isAfter(now));
  }

  public boolean has(Role atLeast) {
    return role.atLeast(atLeast);
  }

  public long numericId() {
    return Long.parseLong(id);
  }

  public UserRef ref() {
    return new UserRef(id, username, displayName, cityId, role);
  }

  /** @param now when the status (active or suspended) is judged */
  public JsonObject toJson(Instant now) {
    return new JsonObject()
      .put("id", id)
      .put("username", username)
      .put("displayName", displayName)
      .put("cityId", cityId)
      .put("role", role.wire())
      .put("cityRole", coordinator ? "coordinator" : null)
      .put("status", suspended(now) ? "suspended" : "active")
      .put("locale", locale);
  }
}
