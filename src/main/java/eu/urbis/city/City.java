package eu.urbis.city;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;

/** A city of the programme: {@code role} is challenge, fellow or mentor. */
public record City(String id, String name, String country, String role) {

  public static City fromRow(Row row) {
    return new City(row.getString("id"), row.getString("name"), row.getString("country"), row.getString("role"));
  }

  public static City fromJson(JsonObject json) {
    return new City(json.getString("id"), json.getString("name"), json.getString("country"), json.getString("role"));
  }

  public JsonObject toJson() {
    return new JsonObject().put("id", id).put("name", name).put("country", country).put("role", role);
  }
}
