package eu.urbis.programme;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;

import java.util.List;

/** What a city says about itself on its page; {@code population} and {@code stage} may be unknown (null). */
record CityProfile(Integer population, String summary, List<String> focusThemes, String stage) {
  static final CityProfile EMPTY = new CityProfile(null, "", List.of(), null);

  enum Stage { DIAGNOSIS, STRATEGY, IMPLEMENTATION }

  static CityProfile fromRow(Row row) {
    if (row.getString("profile_summary") == null) {
      return EMPTY;
    }
    return new CityProfile(row.getInteger("profile_population"), row.getString("profile_summary"),
      List.of(row.getArrayOfStrings("profile_focus_themes")), row.getString("profile_stage"));
  }

  JsonObject toJson() {
    return new JsonObject().put("population", population).put("summary", summary)
      .put("focusThemes", new JsonArray(focusThemes)).put("stage", stage);
  }
}
