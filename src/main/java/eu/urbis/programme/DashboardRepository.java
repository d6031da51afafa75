package eu.urbis.programme;

import eu.urbis.city.City;
import eu.urbis.db.Rows;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

import java.util.List;

/** The programme dashboard's three reads; {@code $1} is the cohort (a city role), null for every city. */
final class DashboardRepository {
  private static final String CITIES = """
    SELECT c.id, c.name, c.country, c.role,
      (SELECT count(*) FROM users u WHERE u.city_id = c.id) AS members,
      (SELECT count(*) FROM posts p JOIN users u ON u.id = p.author_id WHERE u.city_id = c.id AND NOT p.deleted) AS posts,
      (SELECT count(*) FROM threads t WHERE t.kind = 'practice' AND t.practice_city_id = c.id AND t.practice_status <> 'draft') AS submitted,
      (SELECT count(*) FROM threads t WHERE t.kind = 'practice' AND t.practice_city_id = c.id AND t.practice_status = 'validated') AS validated,
      (SELECT count(*) FROM adoptions a WHERE a.city_id = c.id) AS adoptions,
      (SELECT count(*) FROM help_requests r WHERE r.city_id = c.id AND r.status <> 'closed') AS requests_open,
      (SELECT count(*) FROM help_requests r WHERE r.city_id = c.id AND r.status = 'closed') AS requests_closed,
      (SELECT count(*) FROM threads t WHERE t.kind = 'announcement' AND (t.audience = 'all' OR t.audience = c.role)
         AND NOT EXISTS (SELECT 1 FROM announcement_acks k WHERE k.thread_id = t.id AND k.city_id = c.id)) AS acks_missing
    FROM cities c WHERE ($1::text IS NULL OR c.role = $1) ORDER BY c.role, c.name""";

  private static final String ADOPTIONS_BY_MONTH = """
    SELECT to_char(date_trunc('month', s.at AT TIME ZONE 'UTC'), 'YYYY-MM') AS month, s.stage, count(*) AS count
    FROM adoption_stages s JOIN cities c ON c.id = s.city_id
    WHERE ($1::text IS NULL OR c.role = $1)
    GROUP BY 1, 2 ORDER BY 1, 2""";

  /** Per theme, the cities with a validated practice in it or an adoption of one. */
  private static final String THEMES = """
    SELECT x.theme, array_agg(DISTINCT x.city_id ORDER BY x.city_id) AS cities FROM (
      SELECT t.practice_theme AS theme, t.practice_city_id AS city_id FROM threads t
      WHERE t.kind = 'practice' AND t.practice_status = 'validated'
      UNION ALL
      SELECT t.practice_theme, a.city_id FROM adoptions a JOIN threads t ON t.id = a.thread_id
    ) x JOIN cities c ON c.id = x.city_id
    WHERE ($1::text IS NULL OR c.role = $1)
    GROUP BY x.theme ORDER BY x.theme""";

  Future<List<JsonObject>> cities(SqlClient db, String cohort) {
    return db.preparedQuery(CITIES).mapping(row -> new JsonObject()
        .put("city", City.fromRow(row).toJson())
        .put("members", row.getLong("members"))
        .put("posts", row.getLong("posts"))
        .put("practices", new JsonObject().put("submitted", row.getLong("submitted")).put("validated", row.getLong("validated")))
        .put("adoptions", row.getLong("adoptions"))
        .put("requests", new JsonObject().put("open", row.getLong("requests_open")).put("closed", row.getLong("requests_closed")))
        .put("acksMissing", row.getLong("acks_missing")))
      .execute(Tuple.of(cohort)).map(Rows::list);
  }

  Future<List<JsonObject>> adoptionsByMonth(SqlClient db, String cohort) {
    return db.preparedQuery(ADOPTIONS_BY_MONTH)
      .mapping(row -> new JsonObject().put("month", row.getString("month")).put("stage", row.getString("stage")).put("count", row.getLong("count")))
      .execute(Tuple.of(cohort)).map(Rows::list);
  }

  Future<List<JsonObject>> themes(SqlClient db, String cohort) {
    return db.preparedQuery(THEMES)
      .mapping(row -> new JsonObject().put("theme", row.getString("theme")).put("cities", new JsonArray(List.of(row.getArrayOfStrings("cities")))))
      .execute(Tuple.of(cohort)).map(Rows::list);
  }
}
