package eu.urbis.programme;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;

import java.time.Instant;

/**
 * One city's take-up of one practice: where it is ({@code since} that stage began), its note and outcomes, and every
 * stage it went through ({@code history}, oldest first, as {@code {"stage", "at"}}).
 */
record Adoption(String threadId, String title, String cityId, String cityName, String stage, String note, String outcomes,
  Instant startedAt, Instant since, JsonArray history) {

  /** The stages as JSON, with ISO-8601 UTC times like every other time of the API. */
  static final String HISTORY = """
    (SELECT json_agg(json_build_object('stage', s.stage,
       'at', to_char(s.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')) ORDER BY s.id)
     FROM adoption_stages s WHERE s.thread_id = a.thread_id AND s.city_id = a.city_id) AS history""";

  static final String COLUMNS = "a.thread_id, t.title, a.city_id, c.name AS city_name, a.stage, a.note, a.outcomes, "
    + "a.started_at, a.since, " + HISTORY;

  static Adoption fromRow(Row row) {
    Object history = row.getValue("history");
    return new Adoption(Long.toString(row.getLong("thread_id")), row.getString("title"), row.getString("city_id"),
      row.getString("city_name"), row.getString("stage"), row.getString("note"), row.getString("outcomes"),
      row.getOffsetDateTime("started_at").toInstant(), row.getOffsetDateTime("since").toInstant(),
      history instanceof JsonArray array ? array : new JsonArray());
  }

  JsonObject toJson() {
    return new JsonObject()
      .put("cityId", cityId)
      .put("city", new JsonObject().put("id", cityId).put("name", cityName))
      .put("practice", new JsonObject().put("threadId", threadId).put("title", title))
      .put("stage", stage)
      .put("note", note)
      .put("outcomes", outcomes)
      .put("startedAt", startedAt.toString())
      .put("since", since.toString())
      .put("history", history);
  }
}
