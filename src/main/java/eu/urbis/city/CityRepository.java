package eu.urbis.city;

import eu.urbis.db.Rows;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

public final class CityRepository {
  private static final String ALL = "SELECT id, name, country, role FROM cities ORDER BY name";

  private static final String BY_ID_WITH_MEMBERS = """
    SELECT c.id, c.name, c.country, c.role, (SELECT count(*) FROM users u WHERE u.city_id = c.id) AS members
    FROM cities c WHERE c.id = $1""";

  private static final String EXISTS = "SELECT 1 FROM cities WHERE id = $1";

  private static final String UPSERT = """
    INSERT INTO cities (id, name, country, role) VALUES ($1, $2, $3, $4)
    ON CONFLICT (id) DO UPDATE SET name = excluded.name, country = excluded.country, role = excluded.role""";

  /** A city with the number of accounts that belong to it. */
  public record WithMembers(City city, long members) {
  }

  public Future<List<City>> all(SqlClient db) {
    return db.query(ALL).mapping(City::fromRow).execute().map(Rows::list);
  }

  public Future<Optional<WithMembers>> findWithMembers(SqlClient db, String id) {
    return db.preparedQuery(BY_ID_WITH_MEMBERS)
      .mapping(row -> new WithMembers(City.fromRow(row), row.getLong("members")))
      .execute(Tuple.of(id))
      .map(Rows::first);
  }

  public Future<Boolean> exists(SqlClient db, String id) {
    return db.preparedQuery(EXISTS).execute(Tuple.of(id)).map(rows -> rows.size() > 0);
  }

  public Future<Void> upsertAll(SqlClient db, List<City> cities) {
    if (cities.isEmpty()) {
      return Future.succeededFuture();
    }
    List<Tuple> batch = new ArrayList<>();
    cities.forEach(city -> batch.add(Tuple.of(city.id(), city.name(), city.country(), city.role())));
    return db.preparedQuery(UPSERT).executeBatch(batch).mapEmpty();
  }
}
