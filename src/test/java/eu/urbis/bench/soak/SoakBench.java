package eu.urbis.bench.soak;

import eu.urbis.bench.PerformanceDoc;
import eu.urbis.bench.ServerProcess;
import eu.urbis.support.TestDatabase;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * A mixed load held for {@code soak.minutes} (30 by default) against the real server in a JVM of its own, with the
 * production defaults except the registration limit (every soak user registers from one address): forum readers and
 * writers, searches, sign-ins, chat members who send and rejoin, a reader who never reads, and bad input. It
 * samples the server's heap after a full collection and its open connections every minute, and writes p50/p99 per
 * route and the samples between the {@code soak} markers of docs/performance.md.
 * {@code mvn -B -q test-compile exec:exec@soak -Dsoak.minutes=30}
 */
public final class SoakBench {
  private static final int READERS = 8;
  private static final int WRITERS = 2;
  private static final int SEARCHERS = 2;
  private static final int CHAT_MEMBERS = 16;
  private static final int CHAT_ROOMS = 4;
  private static final String SECRET = "soak-secret-that-is-long-enough-for-hs256";

  private SoakBench() {
  }

  public static void main(String[] args) {
    try {
      run(Integer.getInteger("soak.minutes", 30));
      System.exit(0);
    } catch (Exception e) {
      e.printStackTrace();
      System.exit(1);
    }
  }

  private static void run(int minutes) throws Exception {
    Path out = Files.createDirectories(Path.of("target", "soak"));
    int port = freePort();
    Path config = out.resolve("server.json");
    Files.writeString(config, serverConfig(port, out).encodePrettily());
    Vertx vertx = Vertx.vertx();
    WebClient web = WebClient.create(vertx, new WebClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(port).setKeepAlive(true));
    WebSocketClient sockets = vertx.createWebSocketClient(new WebSocketClientOptions().setReceiveBufferSize(4096));
    List<ServerSample> samples = new ArrayList<>();
    Outcomes outcomes = new Outcomes();
    Load load = new Load(vertx, outcomes);
    long slowReaderCutOffs;
    try (ServerProcess server = ServerProcess.start(config, port, out.resolve("server.log"), out.resolve("soak-server.jfr"), "1g")) {
      SoakWorld world = await(discover(web, CHAT_MEMBERS + READERS + WRITERS + SEARCHERS + 2));
      ChatActors chat = start(load, web, sockets, port, world);
      System.out.printf(Locale.ROOT, "soaking for %d min on port %d ...%n", minutes, port);
      for (int minute = 1; minute <= minutes; minute++) {
        await(vertx.timer(1, TimeUnit.MINUTES));
        ServerSample sample = new ServerSample(minute, server.heapUsedAfterGc(), ServerSample.establishedConnections(port));
        samples.add(sample);
        System.out.println(sample.row() + " unexpected so far: " + outcomes.unexpectedTotal());
      }
      load.stop();
      await(vertx.timer(5, TimeUnit.SECONDS));
      slowReaderCutOffs = chat.slowReaderCutOffs();
    }
    String report = SoakReport.of(Instant.now(), minutes, outcomes, samples, slowReaderCutOffs,
      String.format(Locale.ROOT, "%d forum readers, %d writers, %d searchers, 1 sign-in loop, 1 bad-input loop, %d chat members in %d rooms, 1 slow reader",
        READERS, WRITERS, SEARCHERS, CHAT_MEMBERS, CHAT_ROOMS));
    System.out.println(report);
    PerformanceDoc.write(Path.of("docs", "performance.md"), "soak", "Soak", report);
    vertx.close();
  }

  private static ChatActors start(Load load, WebClient web, WebSocketClient sockets, int port, SoakWorld world) {
    HttpActors http = new HttpActors(load, web, world);
    List<SoakWorld.Member> members = world.members();
    ChatActors chat = new ChatActors(load, sockets, port);
    int next = 0;
    for (int i = 0; i < CHAT_MEMBERS; i++) {
      chat.member(members.get(next++).token(), world.rooms().get(i % Math.min(CHAT_ROOMS, world.rooms().size())));
    }
    for (int i = 0; i < READERS; i++) {
      String token = members.get(next++).token();
      load.repeat(500, () -> http.readForum(token));
    }
    for (int i = 0; i < WRITERS; i++) {
      String token = members.get(next++).token();
      load.repeat(2_000, () -> http.writeForum(token));
    }
    for (int i = 0; i < SEARCHERS; i++) {
      String token = members.get(next++).token();
      load.repeat(1_000, () -> http.search(token));
    }
    SoakWorld.Member signingIn = members.get(next++);
    load.repeat(3_000, () -> http.logInAndOut(signingIn.username(), signingIn.password()));
    String rude = members.get(next).token();
    load.repeat(1_000, () -> http.badInput(rude));
    chat.slowReader(rude, world.rooms().subList(0, Math.min(CHAT_ROOMS, world.rooms().size())));
    return chat;
  }

  /** Registers the soak's people and reads the demo's boards, threads and public rooms. */
  private static Future<SoakWorld> discover(WebClient web, int people) {
    return web.get("/api/cities").send().compose(cities -> {
      String city = cities.bodyAsJsonObject().getJsonArray("items").getJsonObject(0).getString("id");
      List<Future<SoakWorld.Member>> registered = new ArrayList<>();
      for (int i = 0; i < people; i++) {
        String username = "soak-" + i;
        String password = "Lantern-harbour-" + i + "-quietly";
        registered.add(web.post("/api/auth/register")
          .sendJsonObject(new JsonObject().put("username", username).put("password", password).put("displayName", "Soak " + i).put("cityId", city))
          .map(answer -> new SoakWorld.Member(username, password, created(answer).getString("token"))));
      }
      return Future.all(registered).map(all -> all.<SoakWorld.Member>list());
    }).compose(members -> {
      String token = members.get(0).token();
      return web.get("/api/boards").bearerTokenAuthentication(token).send().compose(boards -> {
        List<String> boardIds = boards.bodyAsJsonObject().getJsonArray("items").stream()
          .map(board -> ((JsonObject) board).getString("id")).toList();
        List<Future<List<String>>> threads = boardIds.stream()
          .map(board -> web.get("/api/boards/" + board + "/threads?limit=50").bearerTokenAuthentication(token).send()
            .map(page -> page.bodyAsJsonObject().getJsonArray("items").stream().map(thread -> ((JsonObject) thread).getString("id")).toList()))
          .toList();
        return Future.all(threads).compose(all -> web.get("/api/chat/rooms").bearerTokenAuthentication(token).send().map(rooms -> {
          List<String> threadIds = all.<List<String>>list().stream().flatMap(List::stream).toList();
          List<String> publicRooms = rooms.bodyAsJsonObject().getJsonArray("items").stream().map(room -> (JsonObject) room)
            .filter(room -> "public".equals(room.getString("kind"))).map(room -> room.getString("id")).toList();
          return new SoakWorld(boardIds, threadIds, publicRooms, members);
        }));
      });
    });
  }

  private static JsonObject created(HttpResponse<Buffer> answer) {
    if (answer.statusCode() != 201) {
      throw new IllegalStateException("registration answered " + answer.statusCode() + " " + answer.bodyAsString());
    }
    return answer.bodyAsJsonObject();
  }

  private static JsonObject serverConfig(int port, Path out) {
    return new JsonObject()
      .put("http", new JsonObject().put("host", "127.0.0.1").put("port", port))
      .put("db", new JsonObject().put("url", TestDatabase.fresh().toString()))
      .put("dataDir", out.resolve("data").toAbsolutePath().toString())
      .put("jwt", new JsonObject().put("secret", SECRET).put("accessTokenMinutes", 240))
      .put("demo", true)
      .put("rateLimits", new JsonObject().put("registrationsPerIp", 1_000));
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static <T> T await(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.MINUTES);
  }
}
