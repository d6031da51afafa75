package eu.urbis.forum;

import eu.urbis.db.Columns;
import eu.urbis.user.UserRef;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;

import java.util.List;

/**
 * What a best-practice thread adds: the city that did it, its theme, what it was and what came of it; and, from the
 * programme's review and adoption, its status, evidence level, reviewer, what a city needs to adopt it, the lessons
 * learned, and how many cities are at each adoption stage.
 */
public record Practice(
  String cityId, String theme, String summary, String outcomes, List<String> links,
  String status, String evidence, UserRef reviewer, String transferability, String lessons, Adoptions adoptions) {

  /** How many cities are at each stage of adopting the practice. */
  public record Adoptions(int exploring, int piloting, int adopted, int dropped) {
    public static final Adoptions NONE = new Adoptions(0, 0, 0, 0);

    public JsonObject toJson() {
      return new JsonObject().put("exploring", exploring).put("piloting", piloting).put("adopted", adopted).put("dropped", dropped);
    }
  }

  /** A practice as its author first writes it: a draft, not yet reviewed or adopted. */
  static Practice draft(String cityId, String theme, String summary, String outcomes, List<String> links) {
    return new Practice(cityId, theme, summary, outcomes, links, "draft", null, null, "", "", Adoptions.NONE);
  }

  /** The review and adoption columns of the threads row {@code thread}, the reviewer as one JSON value. */
  static String reviewColumns(String thread, String prefix) {
    return Columns.of(thread, prefix, "practice_status", "practice_evidence", "practice_transferability", "practice_lessons",
      "practice_exploring", "practice_piloting", "practice_adopted", "practice_dropped")
      + ", (SELECT json_build_object('id', r.id::text, 'username', r.username, 'displayName', r.display_name,"
      + " 'cityId', r.city_id, 'role', r.role) FROM users r WHERE r.id = " + thread + ".practice_reviewer_id) AS "
      + prefix + "practice_reviewer";
  }

  /** Null unless the row is a practice thread. */
  static Practice fromRow(Row row, String prefix) {
    if (row.getString(prefix + "practice_theme") == null) {
      return null;
    }
    JsonObject reviewer = row.getJsonObject(prefix + "practice_reviewer");
    return new Practice(
      row.getString(prefix + "practice_city_id"),
      row.getString(prefix + "practice_theme"),
      row.getString(prefix + "practice_summary"),
      row.getString(prefix + "practice_outcomes"),
      List.of(row.getArrayOfStrings(prefix + "practice_links")),
      row.getString(prefix + "practice_status"),
      row.getString(prefix + "practice_evidence"),
      reviewer == null ? null : UserRef.fromJson(reviewer),
      row.getString(prefix + "practice_transferability"),
      row.getString(prefix + "practice_lessons"),
      new Adoptions(row.getInteger(prefix + "practice_exploring"), row.getInteger(prefix + "practice_piloting"),
        row.getInteger(prefix + "practice_adopted"), row.getInteger(prefix + "practice_dropped")));
  }

  public JsonObject toJson() {
    return new JsonObject()
      .put("cityId", cityId)
      .put("theme", theme)
      .put("summary", summary)
      .put("outcomes", outcomes)
      .put("links", new JsonArray(links))
      .put("status", status)
      .put("evidence", evidence)
      .put("reviewer", reviewer == null ? null : reviewer.toJson())
      .put("transferability", transferability)
      .put("lessons", lessons)
      .put("adoptions", adoptions.toJson());
  }
}
