package eu.urbis.chat.bench;

import eu.urbis.auth.JwtConfig;
import eu.urbis.auth.TokenService;
import eu.urbis.bench.PerformanceDoc;
import eu.urbis.bench.ServerProcess;
import eu.urbis.db.DatabaseUrl;
import eu.urbis.db.Pools;
import eu.urbis.support.TestDatabase;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.WebSocket;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Chat benchmark (docs/performance.md → Chat). Starts an embedded PostgreSQL and the real server in a JVM of its own,
 * then runs (a) fan-out, (b) durable throughput, each also against a bare in-process Vert.x broadcast, and (c) idle
 * sockets with the server's heap measured. Not part of the test suite:
 * {@code mvn -B -q test-compile exec:exec@chat-bench} (system properties: bench.seconds, bench.idle, bench.scenarios).
 */
public final class ChatBench {
  private static final String SECRET = "bench-secret-that-is-long-enough-for-hs256";

  private ChatBench() {
  }

  public static void main(String[] args) {
    try {
      run();
      System.exit(0);
    } catch (Exception e) {
      e.printStackTrace();
      System.exit(1);
    }
  }

  private static void run() throws Exception {
    int seconds = Integer.getInteger("bench.seconds", 30);
    int idle = Integer.getInteger("bench.idle", 19_600);
    Set<String> only = Set.of(System.getProperty("bench.scenarios", "a,b,c").split(","));
    Path out = Files.createDirectories(Path.of("target", "bench"));
    Scenario fanOut = new Scenario("a", "fan-out", 1_000, 1, 20, 200, seconds);
    Scenario durable = new Scenario("b", "durable throughput", 200, 100, 200, 5_000, seconds);

    DatabaseUrl database = TestDatabase.fresh();
    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2).setPreferNativeTransport(true));
    Pool pool = Pools.create(vertx, database, 4);
    List<String> tokens = tokens(vertx, await(createUsers(pool, Math.max(idle, fanOut.clients()))));
    int port = freePort();
    Path config = out.resolve("server.json");
    Files.writeString(config, serverConfig(port, database, out).encodePrettily());

    List<Result> results = new ArrayList<>();
    String idleReport = "";
    try (ServerProcess server = ServerProcess.start(config, port, out.resolve("server.log"), out.resolve("chat-server.jfr"), "1g")) {
      for (Scenario scenario : List.of(fanOut, durable)) {
        if (only.contains(scenario.name())) {
          List<String> rooms = await(createRooms(pool, scenario.rooms()));
          results.add(run(vertx, "urbis", server.port(), scenario, tokens, rooms));
          try (BareBroadcastServer bare = new BareBroadcastServer(freePort())) {
            results.add(run(vertx, "bare Vert.x broadcast", bare.port(), scenario, tokens, rooms));
          }
        }
      }
      if (only.contains("c")) {
        idleReport = idle(vertx, server, idle, seconds, tokens, await(createRooms(pool, 100)));
        System.out.println(idleReport);
      }
    }
    String report = report(results, idleReport, seconds);
    System.out.println(report);
    PerformanceDoc.write(Path.of("docs", "performance.md"), "chat-bench", "Chat", report);
    pool.close();
    vertx.close();
  }

  private static Result run(Vertx vertx, String target, int port, Scenario scenario, List<String> tokens, List<String> rooms) throws Exception {
    System.out.printf(Locale.ROOT, "running (%s) %s against %s ...%n", scenario.name(), scenario.title(), target);
    LoadRun load = new LoadRun(vertx, 1);
    try {
      Result result = load.run(target, port, scenario, tokens, rooms);
      System.out.println(Result.header());
      System.out.println(result.row());
      return result;
    } finally {
      load.close();
    }
  }

  private static String idle(Vertx vertx, ServerProcess server, int count, int seconds, List<String> tokens, List<String> rooms) throws Exception {
    System.out.printf(Locale.ROOT, "running (c) %d idle sockets ...%n", count);
    long before = server.heapUsedAfterGc();
    LoadRun load = new LoadRun(vertx, 1);
    long started = System.nanoTime();
    List<WebSocket> sockets = load.connect(server.port(), count, tokens, rooms);
    double connectSeconds = (System.nanoTime() - started) / 1e9;
    long with = server.heapUsedAfterGc();
    vertx.timer(seconds, TimeUnit.SECONDS).toCompletionStage().toCompletableFuture().get(seconds + 10L, TimeUnit.SECONDS);
    long open = sockets.stream().filter(socket -> !socket.isClosed()).count();
    long after = server.heapUsedAfterGc();
    sockets.forEach(WebSocket::close);
    load.close();
    long perSocket = (Math.max(with, after) - before) / count;
    return String.format(Locale.ROOT, """
        | (c) idle authenticated sockets, each joined to one of 100 rooms | value |
        |---|---:|
        | sockets connected, authenticated and joined | %d (in %.1f s) |
        | still open after %d s | %d |
        | server heap used after full GC, before | %.1f MiB |
        | server heap used after full GC, with the sockets (after connecting / after %d s) | %.1f / %.1f MiB |
        | heap per socket | %.1f KiB |
        | projected heap for 20,000 sockets | %.0f MiB (limit 1 GiB: -Xmx1g) |""",
      count, connectSeconds, seconds, open, mib(before), seconds, mib(with), mib(after), perSocket / 1024.0,
      mib(before + perSocket * 20_000L));
  }

  private static double mib(long bytes) {
    return bytes / 1024.0 / 1024.0;
  }

  private static String report(List<Result> results, String idleReport, int seconds) {
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, "Run %s on %d cores (%s, Java %s), %d s per scenario after a %d s warm-up, "
        + "server and load tool on the same machine.%n%n", Instant.now().toString().substring(0, 16) + "Z",
      Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("java.version"), seconds,
      LoadRun.WARM_UP_SECONDS));
    if (!results.isEmpty()) {
      text.append(Result.header()).append('\n');
      results.forEach(result -> text.append(result.row()).append('\n'));
      text.append('\n');
    }
    text.append(idleReport).append('\n');
    return text.toString();
  }

  private static JsonObject serverConfig(int port, DatabaseUrl database, Path out) {
    return new JsonObject()
      .put("http", new JsonObject().put("host", "127.0.0.1").put("port", port).put("instances", 0))
      .put("db", new JsonObject().put("url", database.toString()).put("poolSize", 16))
      .put("dataDir", out.resolve("data").toAbsolutePath().toString())
      .put("jwt", new JsonObject().put("secret", SECRET).put("accessTokenMinutes", 240))
      .put("demo", false)
      .put("chat", new JsonObject().put("sendBurst", 1_000_000_000).put("sendWindowSeconds", 1));
  }

  private static Future<List<String>> createUsers(Pool pool, int count) {
    return pool.preparedQuery("""
        INSERT INTO users (username, display_name, role, password_hash)
        SELECT 'bench-' || g, 'Bench ' || g, 'member', 'not-a-hash' FROM generate_series(1, $1) g
        RETURNING id""")
      .execute(Tuple.of(count))
      .map(rows -> {
        List<String> ids = new ArrayList<>();
        rows.forEach(row -> ids.add(Long.toString(row.getLong("id"))));
        return ids;
      });
  }

  private static Future<List<String>> createRooms(Pool pool, int count) {
    return pool.preparedQuery("""
        INSERT INTO chat_rooms (name, kind) SELECT 'bench ' || g, 'public' FROM generate_series(1, $1) g RETURNING id""")
      .execute(Tuple.of(count))
      .map(rows -> {
        List<String> ids = new ArrayList<>();
        rows.forEach(row -> ids.add(Long.toString(row.getLong("id"))));
        return ids;
      });
  }

  private static List<String> tokens(Vertx vertx, List<String> userIds) {
    TokenService tokens = new TokenService(vertx, new JwtConfig(SECRET, "urbis", "urbis-clients", Duration.ofHours(4), Duration.ofDays(1)));
    return userIds.stream().map(id -> tokens.issue(id, UUID.randomUUID())).toList();
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static <T> T await(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(120, TimeUnit.SECONDS);
  }
}
