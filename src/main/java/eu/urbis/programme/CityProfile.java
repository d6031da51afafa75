package eu.urbis.programme;

import eu.urbis.failure.FieldCode;
import eu.urbis.http.Input;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;

import java.util.List;
import java.util.regex.Pattern;

/** What a city says about itself on its page; {@code population} and {@code stage} may be unknown (null). */
record CityProfile(Integer population, String summary, List<String> focusThemes, String stage) {
  static final CityProfile EMPTY = new CityProfile(null, "", List.of(), null);
  private static final Pattern THEME = Pattern.compile("[a-z0-9-]{1,64}");

  enum Stage { DIAGNOSIS, STRATEGY, IMPLEMENTATION }

  static CityProfile fromRow(Row row) {
    if (row.getString("profile_summary") == null) {
      return EMPTY;
    }
    return new CityProfile(row.getInteger("profile_population"), row.getString("profile_summary"),
      List.of(row.getArrayOfStrings("profile_focus_themes")), row.getString("profile_stage"));
  }

  /** The profile as sent in {@code PATCH /api/cities/{id}}; fields left out keep their value in {@code before}. */
  static CityProfile patched(CityProfile before, JsonObject json) {
    JsonObject flat = new JsonObject();
    json.forEach(entry -> flat.put("profile." + entry.getKey(), entry.getValue()));
    Input in = Input.of(flat);
    Integer population = before.population;
    if (flat.containsKey("profile.population")) {
      population = population(in, flat.getValue("profile.population"));
    }
    String summary = in.has("profile.summary") ? in.optionalText("profile.summary", 0, 4_000) : before.summary;
    List<String> themes = in.has("profile.focusThemes")
      ? in.optionalTextList("profile.focusThemes", 10, THEME, "must be up to 10 theme ids of GET /api/themes")
      : before.focusThemes;
    String stage = before.stage;
    if (flat.containsKey("profile.stage")) {
      Stage parsed = in.optionalEnum("profile.stage", Stage.class);
      stage = parsed == null ? null : parsed.name().toLowerCase();
    }
    in.validate();
    return new CityProfile(population, summary == null ? "" : summary, themes, stage);
  }

  private static Integer population(Input in, Object raw) {
    if (raw == null) {
      return null;
    }
    if (!(raw instanceof Integer || raw instanceof Long) || ((Number) raw).longValue() < 0 || ((Number) raw).longValue() > 100_000_000) {
      in.reject("profile.population", FieldCode.OUT_OF_RANGE, new JsonObject().put("min", 0).put("max", 100000000), "must be a whole number from 0 to 100000000");
      return null;
    }
    return ((Number) raw).intValue();
  }

  JsonObject toJson() {
    return new JsonObject().put("population", population).put("summary", summary)
      .put("focusThemes", new JsonArray(focusThemes)).put("stage", stage);
  }
}
