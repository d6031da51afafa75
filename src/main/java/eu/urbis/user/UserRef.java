package eu.urbis.user;

import eu.urbis.db.Columns;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;

/** The author or actor attached to posts, messages and audit entries. */
public record UserRef(String id, String username, String displayName, String cityId, Role role) {

  /** The columns {@link #fromRow} reads, from the {@code users} row aliased {@code alias}. */
  public static String columns(String alias, String prefix) {
    return Columns.of(alias, prefix, "id", "username", "display_name", "city_id", "role");
  }

  /** Reads the columns a query selected with a prefix, e.g. {@code author_username}. */
  public static UserRef fromRow(Row row, String prefix) {
    return new UserRef(
      Long.toString(row.getLong(prefix + "id")),
      row.getString(prefix + "username"),
      row.getString(prefix + "display_name"),
      row.getString(prefix + "city_id"),
      Role.fromWire(row.getString(prefix + "role")));
  }

  public static UserRef fromJson(JsonObject json) {
    return new UserRef(json.getString("id"), json.getString("username"), json.getString("displayName"),
      json.getString("cityId"), Role.fromWire(json.getString("role")));
  }

  public JsonObject toJson() {
    return new JsonObject()
      .put("id", id)
      .put("username", username)
      .put("displayName", displayName)
      .put("cityId", cityId)
      .put("role", role.wire());
  }
}
