package eu.urbis.programme;

import eu.urbis.failure.Failure;
import eu.urbis.failure.FieldCode;
import eu.urbis.http.Input;
import io.vertx.core.json.JsonObject;

import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code PATCH /api/cities/{id}} with {@code {"profile": {...}}}, validated: each field sent replaces the city's, each
 * left out keeps it. {@code population} and {@code stage} sent as null make them unknown; a null summary or theme list
 * keeps what the city has.
 */
record ProfilePatch(boolean setsPopulation, Integer population, String summary, List<String> focusThemes, boolean setsStage,
  String stage) {
  private static final Pattern THEME = Pattern.compile("[a-z0-9-]{1,64}");

  static ProfilePatch from(JsonObject body) {
    if (!(body.getValue("profile") instanceof JsonObject sent)) {
      throw Failure.invalid("profile", FieldCode.REQUIRED, "is required, as an object");
    }
    JsonObject flat = new JsonObject();
    sent.forEach(entry -> flat.put("profile." + entry.getKey(), entry.getValue()));
    Input in = Input.of(flat);
    boolean setsPopulation = flat.containsKey("profile.population");
    Integer population = setsPopulation ? population(in, flat.getValue("profile.population")) : null;
    String summary = in.has("profile.summary") ? in.optionalText("profile.summary", 0, 4_000) : null;
    List<String> themes = in.has("profile.focusThemes")
      ? in.optionalTextList("profile.focusThemes", 10, THEME, "must be up to 10 theme ids of GET /api/themes")
      : null;
    boolean setsStage = flat.containsKey("profile.stage");
    CityProfile.Stage stage = setsStage ? in.optionalEnum("profile.stage", CityProfile.Stage.class) : null;
    in.validate();
    return new ProfilePatch(setsPopulation, population, summary, themes, setsStage, stage == null ? null : stage.name().toLowerCase());
  }

  /** The profile {@code before} with this patch applied. */
  CityProfile applyTo(CityProfile before) {
    return new CityProfile(setsPopulation ? population : before.population(), summary == null ? before.summary() : summary,
      focusThemes == null ? before.focusThemes() : focusThemes, setsStage ? stage : before.stage());
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
}
