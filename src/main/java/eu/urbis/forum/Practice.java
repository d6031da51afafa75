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

  /** Reads the practice columns of threads selected with a prefix, from every row of the result {@code first} belongs to. */
  static final class Reader {
    private final int cityId;
    private final int theme;
    private final int summary;
    private final int outcomes;
    private final int links;
    private final int status;
    private final int evidence;
    private final int reviewer;
    private final int transferability;
    private final int lessons;
    private final int exploring;
    private final int piloting;
    private final int adopted;
    private final int dropped;

    Reader(Row first, String prefix) {
      cityId = Columns.position(first, prefix + "practice_city_id");
      theme = Columns.position(first, prefix + "practice_theme");
      summary = Columns.position(first, prefix + "practice_summary");
      outcomes = Columns.position(first, prefix + "practice_outcomes");
      links = Columns.position(first, prefix + "practice_links");
      status = Columns.position(first, prefix + "practice_status");
      evidence = Columns.position(first, prefix + "practice_evidence");
      reviewer = Columns.position(first, prefix + "practice_reviewer");
      transferability = Columns.position(first, prefix + "practice_transferability");
      lessons = Columns.position(first, prefix + "practice_lessons");
      exploring = Columns.position(first, prefix + "practice_exploring");
      piloting = Columns.position(first, prefix + "practice_piloting");
      adopted = Columns.position(first, prefix + "practice_adopted");
      dropped = Columns.position(first, prefix + "practice_dropped");
    }

    /** Null unless the row is a practice thread. */
    Practice read(Row row) {
      if (row.getString(theme) == null) {
        return null;
      }
      JsonObject reviewedBy = row.getJsonObject(reviewer);
      return new Practice(
        row.getString(cityId),
        row.getString(theme),
        row.getString(summary),
        row.getString(outcomes),
        List.of(row.getArrayOfStrings(links)),
        row.getString(status),
        row.getString(evidence),
        reviewedBy == null ? null : UserRef.fromJson(reviewedBy),
        row.getString(transferability),
        row.getString(lessons),
        new Adoptions(row.getInteger(exploring), row.getInteger(piloting), row.getInteger(adopted), row.getInteger(dropped)));
    }
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
