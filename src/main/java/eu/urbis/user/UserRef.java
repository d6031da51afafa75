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
    return new Reader(row, prefix).read(row);
  }

  /** Reads the {@link #columns} selected with a prefix from every row of the result {@code first} belongs to. */
  public static final class Reader {
    private final int id;
    private final int username;
    private final int displayName;
    private final int cityId;
    private final int role;

    public Reader(Row first, String prefix) {
      id = Columns.position(first, prefix + "id");
      username = Columns.position(first, prefix + "username");
      displayName = Columns.position(first, prefix + "display_name");
      cityId = Columns.position(first, prefix + "city_id");
      role = Columns.position(first, prefix + "role");
    }

    public UserRef read(Row row) {
      return new UserRef(Long.toString(row.getLong(id)), row.getString(username), row.getString(displayName),
        row.getString(cityId), Role.fromWire(row.getString(role)));
    }
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
