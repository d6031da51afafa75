package eu.urbis.programme;

import eu.urbis.city.City;
import eu.urbis.db.Rows;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

import java.util.List;

/** The programme dashboard's four reads; {@code $1} is the cohort (a city role), null for every city. */
final class DashboardRepository {
  /** Each count is one grouped pass over its table, joined to the cohort's cities once (no per-city subqueries). */
  private static final String CITIES = """
    WITH cohort AS (SELECT c.id, c.name, c.country, c.role FROM cities c WHERE ($1::text IS NULL OR c.role = $1)),
    members AS (SELECT u.city_id, count(*) AS n FROM users u GROUP BY u.city_id),
    posts AS (SELECT u.city_id, count(*) AS n FROM posts p JOIN users u ON u.id = p.author_id WHERE NOT p.deleted GROUP BY u.city_id),
    practices AS (
      SELECT t.practice_city_id AS city_id, count(*) FILTER (WHERE t.practice_status <> 'draft') AS submitted,
        count(*) FILTER (WHERE t.practice_status = 'validated') AS validated
      FROM threads t WHERE t.kind = 'practice' GROUP BY t.practice_city_id),
    adopted AS (SELECT a.city_id, count(*) AS n FROM adoptions a GROUP BY a.city_id),
    requests AS (
      SELECT r.city_id, count(*) FILTER (WHERE r.status <> 'closed') AS open, count(*) FILTER (WHERE r.status = 'closed') AS closed
      FROM help_requests r GROUP BY r.city_id),
    missing AS (
      SELECT c.id AS city_id, count(*) AS n
      FROM cohort c JOIN threads t ON t.kind = 'announcement' AND (t.audience = 'all' OR t.audience = c.role)
      WHERE NOT EXISTS (SELECT 1 FROM announcement_acks k WHERE k.thread_id = t.id AND k.city_id = c.id)
      GROUP BY c.id)
    SELECT c.id, c.name, c.country, c.role, coalesce(m.n, 0) AS members, coalesce(p.n, 0) AS posts,
      coalesce(pr.submitted, 0) AS submitted, coalesce(pr.validated, 0) AS validated, coalesce(a.n, 0) AS adoptions,
      coalesce(r.open, 0) AS requests_open, coalesce(r.closed, 0) AS requests_closed, coalesce(k.n, 0) AS acks_missing
    FROM cohort c
      LEFT JOIN members m ON m.city_id = c.id LEFT JOIN posts p ON p.city_id = c.id LEFT JOIN practices pr ON pr.city_id = c.id
      LEFT JOIN adopted a ON a.city_id = c.id LEFT JOIN requests r ON r.city_id = c.id LEFT JOIN missing k ON k.city_id = c.id
    ORDER BY c.role, c.name""";

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

  /**
   * The city × theme matrix, sparse: per cohort city and theme, the city's validated practices in it and its adoptions
   * of practices in it (one grouped pass over the union; pairs with neither are left out).
   */
  private static final String MATRIX = """
    SELECT x.city_id, x.theme, count(*) FILTER (WHERE x.validated) AS validated, count(*) FILTER (WHERE NOT x.validated) AS adoptions
    FROM (
      SELECT t.practice_city_id AS city_id, t.practice_theme AS theme, true AS validated FROM threads t
      WHERE t.kind = 'practice' AND t.practice_status = 'validated'
      UNION ALL
      SELECT a.city_id, t.practice_theme, false FROM adoptions a JOIN threads t ON t.id = a.thread_id
    ) x JOIN cities c ON c.id = x.city_id
    WHERE ($1::text IS NULL OR c.role = $1) AND x.theme IS NOT NULL
    GROUP BY x.city_id, x.theme ORDER BY x.city_id, x.theme""";

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

  Future<List<JsonObject>> matrix(SqlClient db, String cohort) {
    return db.preparedQuery(MATRIX)
      .mapping(row -> new JsonObject().put("cityId", row.getString("city_id")).put("theme", row.getString("theme"))
        .put("validated", row.getLong("validated")).put("adoptions", row.getLong("adoptions")))
      .execute(Tuple.of(cohort)).map(Rows::list);
  }
}
