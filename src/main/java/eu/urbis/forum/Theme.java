package eu.urbis.forum;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;

/** One entry of the best-practice theme taxonomy. */
public record Theme(String id, String name) {

  public static Theme fromRow(Row row) {
    return new Theme(row.getString("id"), row.getString("name"));
  }

  public JsonObject toJson() {
    return new JsonObject().put("id", id).put("name", name);
  }
}
