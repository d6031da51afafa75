package eu.urbis.programme;

import eu.urbis.user.UserRef;
import eu.urbis.db.Rows;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

import java.util.List;

/** Who speaks for which city. */
final class CoordinatorRepository {
  private static final String OF_CITY = "SELECT " + UserRef.columns("u", "") + """
     FROM city_coordinators c JOIN users u ON u.id = c.user_id
    WHERE c.city_id = $1 ORDER BY c.named_at, u.id""";

  private static final String NAME = """
    INSERT INTO city_coordinators (city_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING""";

  private static final String REMOVE = "DELETE FROM city_coordinators WHERE city_id = $1 AND user_id = $2";

  /** Whether {@code $2} coordinates {@code $1}, and whether {@code $1} has any coordinator at all. */
  private static final String STANDING = """
    SELECT EXISTS (SELECT 1 FROM city_coordinators WHERE city_id = $1 AND user_id = $2) AS coordinates,
           EXISTS (SELECT 1 FROM city_coordinators WHERE city_id = $1) AS has_any""";

  /** How a user stands towards a city. */
  record Standing(boolean coordinates, boolean cityHasCoordinator) {
  }

  Future<List<UserRef>> ofCity(SqlClient db, String cityId) {
    return db.preparedQuery(OF_CITY).mapping(row -> UserRef.fromRow(row, "")).execute(Tuple.of(cityId)).map(Rows::list);
  }

  /** @return whether the user was not a coordinator before */
  Future<Boolean> name(SqlClient db, String cityId, long userId) {
    return db.preparedQuery(NAME).execute(Tuple.of(cityId, userId)).map(rows -> rows.rowCount() == 1);
  }

  /** @return whether the user was a coordinator */
  Future<Boolean> remove(SqlClient db, String cityId, long userId) {
    return db.preparedQuery(REMOVE).execute(Tuple.of(cityId, userId)).map(rows -> rows.rowCount() == 1);
  }

  Future<Standing> standing(SqlClient db, String cityId, String userId) {
    return db.preparedQuery(STANDING)
      .mapping(row -> new Standing(row.getBoolean("coordinates"), row.getBoolean("has_any")))
      .execute(Tuple.of(cityId, Long.parseLong(userId)))
      .map(rows -> rows.iterator().next());
  }
}
