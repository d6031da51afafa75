package eu.urbis.db;

import org.flywaydb.core.Flyway;

/** Applies the Flyway migrations in {@code db/migration}. Blocking (JDBC): start-up only. */
public final class Migrations {
  private Migrations() {
  }

  public static int apply(DatabaseUrl url) {
    return Flyway.configure()
      .dataSource(url.jdbcUrl(), url.user(), url.password())
      .locations("classpath:db/migration")
      .load()
      .migrate()
      .migrationsExecuted;
  }
}
