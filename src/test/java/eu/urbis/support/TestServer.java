package eu.urbis.support;

import eu.urbis.app.ConfigLoader;
import eu.urbis.app.UrbisApp;
import eu.urbis.app.UrbisConfig;
import eu.urbis.db.DatabaseUrl;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The real server, as {@code java -jar} runs it, on a free port and a fresh database, inside a Vert.x that
 * warns (and so fails the test class) when one task holds an event loop for {@link #STALL_LIMIT_MS}. Its
 * clock is a {@link TestClock}, which a test moves to let time pass.
 */
public final class TestServer implements RunningServer, AutoCloseable {
  public static final String ADMIN = "root-admin";
  public static final String PASSWORD = "correct horse battery";
  public static final String JWT_SECRET = "test-secret-that-is-long-enough-for-hs256";
  /**
   * Far beyond the scheduling stalls of a busy 2-core machine (up to half a second with a browser beside the
   * server), so only a real hog trips it; blocking calls are caught exactly by {@link BlockingCallDetector}.
   */
  public static final long STALL_LIMIT_MS = 2_000;

  private final Vertx vertx;
  private final UrbisApp app;
  private final int port;
  private final DatabaseUrl database;
  private final TestClock clock;
  private final Api api;
  private boolean closed;

  private TestServer(Vertx vertx, UrbisApp app, int port, DatabaseUrl database, TestClock clock) {
    this.vertx = vertx;
    this.app = app;
    this.port = port;
    this.database = database;
    this.clock = clock;
    this.api = new Api(vertx, port);
  }

  public static TestServer start() {
    return start(config -> { });
  }

  /** @param customize edits the JSON config file before start-up (same keys as config/urbis.json) */
  public static TestServer start(Consumer<JsonObject> customize) {
    return start(TestDatabase.fresh(), customize);
  }

  /** @param database null for the embedded PostgreSQL kept in the config's dataDir, as in production */
  public static TestServer start(DatabaseUrl database, Consumer<JsonObject> customize) {
    return start(database, customize, Map.of("URBIS_ADMIN_USERNAME", ADMIN, "URBIS_ADMIN_PASSWORD", PASSWORD));
  }

  /** @param env the environment the config loader sees (URBIS_* overrides) */
  public static TestServer start(DatabaseUrl database, Consumer<JsonObject> customize, Map<String, String> env) {
    int port = freePort();
    JsonObject json = new JsonObject()
      .put("http", new JsonObject().put("host", "127.0.0.1").put("port", port).put("instances", 2))
      // a loaded test machine can take seconds to open a first connection; the wait limit has a test of its own
      .put("db", new JsonObject().put("url", database == null ? null : database.toString()).put("poolSize", 8)
        .put("connectionWaitMillis", 30_000).put("search", new JsonObject().put("connectionWaitMillis", 30_000)))
      .put("dataDir", tempDir().toString())
      .put("jwt", new JsonObject().put("secret", JWT_SECRET))
      // every test user registers from 127.0.0.1; the per-address limit has a test of its own, and so have the
      // per-user limits on writing and searching, which a test tightens where it means to meet them
      .put("rateLimits", generousRateLimits())
      // a test reads the dashboard right after changing what it counts, so it reads it fresh every time
      .put("programme", new JsonObject().put("dashboardMaxAgeSeconds", 0))
      .put("demo", false);
    customize.accept(json);
    UrbisConfig config = ConfigLoader.load(writeConfig(json), env);
    TestClock clock = new TestClock();
    UrbisApp app = new UrbisApp(strictOptions(), config, clock);
    await(app.start());
    return new TestServer(app.vertx(), app, port, database, clock);
  }

  /** Limits no ordinary test reaches: a test that wants to meet one puts its own value over these. */
  public static JsonObject generousRateLimits() {
    JsonObject limits = new JsonObject().put("registrationsPerIp", 1_000_000);
    for (String allowance : new String[] {"posts", "edits", "searches", "roomCreations", "chatJoins"}) {
      limits.put(allowance, new JsonObject().put("limit", 1_000_000));
    }
    return limits;
  }

  public static VertxOptions strictOptions() {
    return UrbisApp.vertxOptions()
      .setMaxEventLoopExecuteTime(STALL_LIMIT_MS)
      .setMaxEventLoopExecuteTimeUnit(TimeUnit.MILLISECONDS)
      .setBlockedThreadCheckInterval(200)
      .setBlockedThreadCheckIntervalUnit(TimeUnit.MILLISECONDS)
      .setWarningExceptionTime(STALL_LIMIT_MS)
      .setWarningExceptionTimeUnit(TimeUnit.MILLISECONDS);
  }

  @Override
  public TestServer server() {
    return this;
  }

  @Override
  public Api api() {
    return api;
  }

  @Override
  public Vertx vertx() {
    return vertx;
  }

  @Override
  public UrbisApp app() {
    return app;
  }

  @Override
  public int port() {
    return port;
  }

  @Override
  public DatabaseUrl database() {
    return database;
  }

  /** The clock the server judges suspensions, mutes and refresh tokens by; move it to let time pass. */
  @Override
  public TestClock clock() {
    return clock;
  }

  /** Stops the server; a second call (after a test stopped it itself) does nothing. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      await(app.stop());
    } finally {
      await(vertx.close());
    }
  }

  /** Waits on the test thread (never an event loop) for a Future, failing the test after 30 s. */
  public static <T> T await(Future<T> future) {
    return await(future, timeout());
  }

  /** @param limit for what takes longer than a test may, such as a benchmark run */
  public static <T> T await(Future<T> future, Duration limit) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (Exception e) {
      throw new IllegalStateException("awaited future failed: " + e.getMessage(), e);
    }
  }

  public static Duration timeout() {
    return Duration.ofSeconds(30);
  }

  /** A port for a server to listen on that no outgoing connection can take meanwhile ({@link ListenPorts}). */
  public static int freePort() {
    return ListenPorts.free();
  }

  public static Path tempDir() {
    return tempDir("urbis-test-data");
  }

  public static Path tempDir(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path writeConfig(JsonObject json) {
    try {
      Path file = Files.createTempFile("urbis-test", ".json");
      Files.writeString(file, json.encodePrettily());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
