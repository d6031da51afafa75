package eu.urbis.forum;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;

import java.util.List;

/** What a best-practice thread adds: the city that did it, its theme, what it was and what came of it. */
public record Practice(String cityId, String theme, String summary, String outcomes, List<String> links) {

  /** Null unless the row is a practice thread. */
  static Practice fromRow(Row row, String prefix) {
    if (row.getString(prefix + "practice_theme") == null) {
      return null;
    }
    return new Practice(
      row.getString(prefix + "practice_city_id"),
      row.getString(prefix + "practice_theme"),
      row.getString(prefix + "practice_summary"),
      row.getString(prefix + "practice_outcomes"),
      List.of(row.getArrayOfStrings(prefix + "practice_links")));
  }

  public JsonObject toJson() {
    return new JsonObject()
      .put("cityId", cityId)
      .put("theme", theme)
      .put("summary", summary)
      .put("outcomes", outcomes)
      .put("links", new JsonArray(links));
  }
}
