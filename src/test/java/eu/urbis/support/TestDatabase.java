package eu.urbis.support;

import eu.urbis.db.DatabaseUrl;
import eu.urbis.db.EmbeddedDatabase;
import eu.urbis.db.Migrations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded PostgreSQL per test JVM. A template database is migrated once; every test class gets a
 * fresh copy of it (CREATE DATABASE ... TEMPLATE), which takes milliseconds.
 */
public final class TestDatabase {
  private static final String TEMPLATE = "urbis_template";
  private static final AtomicInteger counter = new AtomicInteger();
  private static EmbeddedDatabase server;

  private TestDatabase() {
  }

  public static synchronized DatabaseUrl fresh() {
    EmbeddedDatabase running = server();
    String name = "urbis_test_" + counter.incrementAndGet();
    running.execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
    return running.url(name);
  }

  /** A database with no migration applied yet, to try one on data written by the versions before it. */
  public static synchronized DatabaseUrl empty() {
    EmbeddedDatabase running = server();
    String name = "urbis_empty_" + counter.incrementAndGet();
    running.execute("CREATE DATABASE " + name);
    return running.url(name);
  }

  /** Runs SQL as the superuser in the maintenance database (e.g. to cut a test database's connections). */
  public static synchronized void admin(String sql) {
    server().execute(sql);
  }

  private static EmbeddedDatabase server() {
    if (server == null) {
      try {
        server = EmbeddedDatabase.start(Files.createTempDirectory("urbis-test-pg"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      server.execute("CREATE DATABASE " + TEMPLATE);
      Migrations.apply(server.url(TEMPLATE));
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    }
    return server;
  }
}
