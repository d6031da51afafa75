package eu.urbis.db;

import eu.urbis.support.TestDatabase;
import org.flywaydb.core.Flyway;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** What the tests of a migration share: a database at the version before it, and rows read back as text. */
final class MigrationTests {
  private MigrationTests() {
  }

  /** A new database migrated up to {@code version} and no further; {@link Migrations#apply} takes it on. */
  static DatabaseUrl migratedTo(String version) {
    DatabaseUrl url = TestDatabase.empty();
    Flyway.configure().dataSource(url.jdbcUrl(), url.user(), url.password()).locations("classpath:db/migration")
      .target(version).load().migrate();
    return url;
  }

  /** The first column of each row {@code query} answers, as text. */
  static List<String> strings(Statement sql, String query) throws SQLException {
    List<String> strings = new ArrayList<>();
    try (ResultSet rows = sql.executeQuery(query)) {
      while (rows.next()) {
        strings.add(rows.getString(1));
      }
    }
    return strings;
  }
}
