package eu.urbis.programme;

import eu.urbis.city.City;
import eu.urbis.db.Rows;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

import java.util.List;
import java.util.Optional;

/** A city with its profile and what it has done in the programme, for its page and the directory. */
final class CityPageRepository {
  private static final String SELECT = """
    SELECT c.id, c.name, c.country, c.role,
      (SELECT count(*) FROM users u WHERE u.city_id = c.id) AS members,
      (SELECT count(*) FROM threads t WHERE t.kind = 'practice' AND t.practice_city_id = c.id) AS practices,
      (SELECT count(*) FROM adoptions a WHERE a.city_id = c.id) AS adoptions,
      p.population AS profile_population, p.summary AS profile_summary,
      p.focus_themes AS profile_focus_themes, p.stage AS profile_stage
    FROM cities c LEFT JOIN city_profiles p ON p.city_id = c.id
    """;

  private static final String BY_ID = SELECT + "WHERE c.id = $1";

  private static final String DIRECTORY = SELECT + """
    WHERE ($1::text IS NULL OR c.role = $1) AND ($2::text IS NULL OR c.country = $2)
      AND ($3::text IS NULL OR p.focus_themes @> ARRAY[$3::text])
    ORDER BY c.name""";

  private static final String SAVE_PROFILE = """
    INSERT INTO city_profiles (city_id, population, summary, focus_themes, stage, updated_at)
    VALUES ($1, $2, $3, $4, $5, now())
    ON CONFLICT (city_id) DO UPDATE SET population = excluded.population, summary = excluded.summary,
      focus_themes = excluded.focus_themes, stage = excluded.stage, updated_at = now()""";

  private static final String UNKNOWN_THEMES = "SELECT x FROM unnest($1::text[]) x WHERE x NOT IN (SELECT id FROM themes)";

  /** A city and its counts; coordinators are read separately. */
  record CitySummary(City city, long members, long practices, long adoptions, CityProfile profile) {
    static CitySummary fromRow(Row row) {
      return new CitySummary(City.fromRow(row), row.getLong("members"), row.getLong("practices"), row.getLong("adoptions"),
        CityProfile.fromRow(row));
    }
  }

  /** Null filters match every city. */
  record DirectoryFilter(String role, String country, String theme) {
  }

  Future<Optional<CitySummary>> find(SqlClient db, String id) {
    return db.preparedQuery(BY_ID).mapping(CitySummary::fromRow).execute(Tuple.of(id))
      .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next()));
  }

  Future<List<CitySummary>> directory(SqlClient db, DirectoryFilter filter) {
    return db.preparedQuery(DIRECTORY).mapping(CitySummary::fromRow)
      .execute(Tuple.of(filter.role(), filter.country(), filter.theme()))
      .map(Rows::list);
  }

  Future<Void> saveProfile(SqlClient db, String cityId, CityProfile profile) {
    return db.preparedQuery(SAVE_PROFILE)
      .execute(Tuple.of(cityId, profile.population(), profile.summary(), profile.focusThemes().toArray(String[]::new), profile.stage()))
      .mapEmpty();
  }

  Future<List<String>> unknownThemes(SqlClient db, List<String> themes) {
    return db.preparedQuery(UNKNOWN_THEMES).mapping(row -> row.getString(0)).execute(Tuple.of((Object) themes.toArray(String[]::new))).map(Rows::list);
  }
}
