package eu.urbis.bench;

import eu.urbis.forum.ForumApi;
import eu.urbis.support.Api;
import eu.urbis.support.TestServer;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.sqlclient.Pool;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

import static eu.urbis.support.TestServer.await;

/**
 * The forum benchmark of docs/performance.md: loads 10,000 threads with 100,000 posts into a fresh database,
 * then measures a board's first and 500th page, a thread page, a reply and a search at 16 concurrent clients.
 * Run: {@code mvn -B -q test-compile exec:java@forum-bench}
 * (system properties {@code bench.threads}, {@code bench.requests}, {@code bench.warmup}, {@code bench.clients},
 * {@code bench.rounds} change the sizes;
 * {@code bench.scenarios} picks some of board1, board500, thread, reply, search, broad, quiet, watched, notified, in that
 * order by default). The last three are the notification scenarios: a reply in threads nobody watches, a reply in
 * threads 1,000 users watch (the same work, plus the fan-out), and the time from sending a reply there until a
 * watcher's socket has its {@code notification} frame. Each scenario's row also gives the CPU time a request took in
 * this JVM and in PostgreSQL, and the bytes this JVM allocated a request ({@link CpuClock}).
 */
public final class ForumBench {
  private static final int THREADS = Integer.getInteger("bench.threads", 10_000);
  private static final int REPLIES_PER_THREAD = 9;
  private static final int REQUESTS = Integer.getInteger("bench.requests", 3_000);
  private static final int CLIENTS = Integer.getInteger("bench.clients", 16);
  /** Enough requests per scenario for the JIT to have compiled the hot paths of both server and load tool. */
  private static final int WARM_UP = Integer.getInteger("bench.warmup", 2_000);
  /**
   * Each scenario is measured in this many rounds of {@code REQUESTS / ROUNDS}, taking turns with the others, and
   * its row pools them: the host's speed drifts during a run (the same reply measured 55 and 85 ms p95 minutes
   * apart), and scenarios compared with each other must meet the same drift.
   */
  private static final int ROUNDS = Integer.getInteger("bench.rounds", 1);
  private static final String SCENARIOS = System.getProperty("bench.scenarios", "board1,board500,thread,reply,search,broad,quiet,watched,notified");
  private static final int WATCHERS = 1_000;
  private static final long FIRST_THREAD = 1_000_000;
  /** A name, or a name and a topic, as people search: a few dozen to a few hundred hits each. */
  private static final String[] SEARCHES = {"Lindenberg", "Belleville tramways", "Villanueva", "Northfield grants"};
  /** One word found in about 6% of all posts: thousands of hits to rank. */
  private static final String[] BROAD_SEARCHES = {"Ladestation", "bibliothèque", "bicicletas", "permits"};

  private ForumBench() {
  }

  public static void main(String[] args) {
    Vertx clientVertx = Vertx.vertx();
    try (TestServer server = server()) {
      Api api = server.api();
      ForumApi forum = new ForumApi(api);
      List<String> tokens = new ArrayList<>();
      List<BenchData.Author> authors = new ArrayList<>();
      addAuthors(forum, tokens, authors, "dortmund", "german", BenchData.Language.GERMAN);
      addAuthors(forum, tokens, authors, "lyon", "french", BenchData.Language.FRENCH);
      addAuthors(forum, tokens, authors, "malaga", "spanish", BenchData.Language.SPANISH);
      addAuthors(forum, tokens, authors, "gabrovo", "simple", BenchData.Language.SIMPLE);
      String board = forum.board("everyone");

      long loading = System.nanoTime();
      awaitLong(new BenchData(server.app().services().pool()).load(Long.parseLong(board), authors, THREADS, REPLIES_PER_THREAD));
      System.out.printf("Loaded %,d threads and %,d posts in %.0f s%n", THREADS, THREADS * (REPLIES_PER_THREAD + 1L), (System.nanoTime() - loading) / 1e9);

      WebClient client = WebClient.create(clientVertx, new WebClientOptions()
        .setDefaultHost("127.0.0.1").setDefaultPort(server.port()).setKeepAlive(true), new PoolOptions().setHttp1MaxSize(CLIENTS));
      Scenarios scenarios = new Scenarios(client, tokens, board, cursorOfPage(api, tokens.get(0), board, 500));
      Watched watched = Watched.prepare(server, clientVertx, forum, board, tokens.get(0), CLIENTS, WATCHERS);
      printHitCounts(api, tokens.get(0));

      Map<String, Scenario> all = new LinkedHashMap<>();
      all.put("board1", new Scenario("board page 1", scenarios::firstBoardPage));
      all.put("board500", new Scenario("board page 500", scenarios::deepBoardPage));
      all.put("thread", new Scenario("thread page", scenarios::threadPage));
      all.put("reply", new Scenario("reply post", scenarios::reply));
      all.put("search", new Scenario("search, typical", i -> scenarios.search(i, SEARCHES)));
      all.put("broad", new Scenario("search, one broad word", i -> scenarios.search(i, BROAD_SEARCHES)));
      all.put("quiet", new Scenario("reply, unwatched thread", i -> scenarios.replyIn(i, watched.quietThread(i))));
      all.put("watched", new Scenario("reply, thread with " + WATCHERS + " watchers", i -> scenarios.replyIn(i, watched.watchedThread(i))));
      all.put("notified", new Scenario("reply to watcher's notification frame",
        i -> watched.notified(scenarios.replyIn(i, watched.watchedThread(i)), i), () -> watched.drain(scenarios.replyIn(0, watched.watchedThread(0)))));
      List<Scenario> chosen = new ArrayList<>();
      for (String key : SCENARIOS.split(",")) {
        Scenario scenario = all.get(key.trim());
        if (scenario == null) {
          throw new IllegalArgumentException("bench.scenarios: unknown scenario '" + key + "', known: " + all.keySet());
        }
        chosen.add(scenario);
      }
      // Every scenario warms up before any is measured: the first one measured must not pay for the JIT alone.
      chosen.forEach(scenario -> {
        scenario.before().run();
        awaitLong(LoadRunner.run(scenario.name(), CLIENTS, WARM_UP, scenario.request()));
      });
      Map<Scenario, List<LoadRunner.Result>> results = new LinkedHashMap<>();
      Map<Scenario, List<CpuClock.Use>> uses = new LinkedHashMap<>();
      for (int round = 0; round < ROUNDS; round++) {
        chosen.forEach(scenario -> {
          // the fan-outs earlier requests queued (the notification scenarios' warm-ups too) are done before this one
          // is measured: a scenario must not pay for another's
          watched.drain(scenarios.replyIn(0, watched.watchedThread(0)));
          scenario.before().run();
          Pool pool = server.app().services().pool();
          CpuClock.Reading before = CpuClock.read(pool);
          LoadRunner.Result result = awaitLong(LoadRunner.run(scenario.name(), CLIENTS, REQUESTS / ROUNDS, scenario.request()));
          results.computeIfAbsent(scenario, s -> new ArrayList<>()).add(result);
          uses.computeIfAbsent(scenario, s -> new ArrayList<>()).add(CpuClock.read(pool).since(before, result.requests()));
        });
      }
      List<String> rows = chosen.stream()
        .map(scenario -> LoadRunner.Result.pooled(results.get(scenario)).row() + CpuClock.Use.mean(uses.get(scenario)).cells())
        .toList();

      System.out.printf("%n%d requests per scenario in %d rounds after %d warm-up, %d concurrent clients, %d cores%n%n",
        REQUESTS / ROUNDS * ROUNDS, ROUNDS, WARM_UP, CLIENTS, Runtime.getRuntime().availableProcessors());
      System.out.println("| scenario | requests | p50 ms | p95 ms | p99 ms | req/s | CPU ms/req, JVM | CPU ms/req, PostgreSQL | KiB allocated/req |");
      System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
      rows.forEach(System.out::println);
      watched.close();
    } finally {
      await(clientVertx.close());
    }
  }

  /** The real server on a fresh database, with {@code bench.pool} connections (16 unless told). */
  static TestServer server() {
    return TestServer.start(config -> {
      config.getJsonObject("db").put("poolSize", Integer.getInteger("bench.pool", 16));
      // loading 100,000 posts on a busy host outlasts the server's 5 s statement timeout
      config.getJsonObject("db").put("statementTimeoutMillis", Integer.getInteger("bench.statementTimeout", 600_000));
      config.getJsonObject("programme").put("dashboardMaxAgeSeconds", Integer.getInteger("bench.dashboardMaxAge", 5));
    });
  }

  /** A run may take minutes, longer than the tests' 30 s. */
  static <T> T awaitLong(Future<T> future) {
    return await(future, Duration.ofMinutes(30));
  }

  static void addAuthors(ForumApi forum, List<String> tokens, List<BenchData.Author> authors, String city, String config,
                                 BenchData.Language language) {
    for (int i = 0; i < 4; i++) {
      JsonObject session = forum.memberIn("bench-" + city, city);
      tokens.add(session.getString("token"));
      authors.add(new BenchData.Author(Long.parseLong(session.getJsonObject("user").getString("id")), config, language));
    }
  }

  /** Walks the board page by page, as a client would, to the cursor of page {@code page}. */
  private static String cursorOfPage(Api api, String token, String board, int page) {
    String cursor = null;
    for (int i = 1; i < page; i++) {
      cursor = api.get("/api/boards/" + board + "/threads?limit=20" + (cursor == null ? "" : "&cursor=" + cursor), token)
        .bodyAsJsonObject().getString("next");
    }
    return cursor;
  }

  private static void printHitCounts(Api api, String token) {
    for (String words : concat(SEARCHES, BROAD_SEARCHES)) {
      int hits = 0;
      String cursor = null;
      do {
        JsonObject page = api.get("/api/search?limit=100&q=" + encode(words) + (cursor == null ? "" : "&cursor=" + cursor), token).bodyAsJsonObject();
        hits += page.getJsonArray("items").size();
        cursor = page.getString("next");
      } while (cursor != null && hits < 20_000);
      System.out.printf("search '%s': %,d hits%n", words, hits);
    }
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private static String encode(String words) {
    return URLEncoder.encode(words, StandardCharsets.UTF_8);
  }

  /** @param before runs before the scenario's warm-up and before its measured run */
  private record Scenario(String name, IntFunction<Future<HttpResponse<Buffer>>> request, Runnable before) {
    Scenario(String name, IntFunction<Future<HttpResponse<Buffer>>> request) {
      this(name, request, () -> { });
    }
  }

  /** The requests of each scenario; client i of a run uses token i mod the number of users. */
  private record Scenarios(WebClient client, List<String> tokens, String board, String page500Cursor) {
    private static final Random random = new Random(7);

    private String token(int i) {
      return tokens.get(i % tokens.size());
    }

    private static long randomThread() {
      synchronized (random) {
        return FIRST_THREAD + random.nextInt(THREADS);
      }
    }

    Future<HttpResponse<Buffer>> firstBoardPage(int i) {
      return client.get("/api/boards/" + board + "/threads?limit=20").bearerTokenAuthentication(token(i)).send();
    }

    Future<HttpResponse<Buffer>> deepBoardPage(int i) {
      return client.get("/api/boards/" + board + "/threads?limit=20&cursor=" + page500Cursor).bearerTokenAuthentication(token(i)).send();
    }

    Future<HttpResponse<Buffer>> threadPage(int i) {
      return client.get("/api/threads/" + randomThread() + "/posts?limit=20").bearerTokenAuthentication(token(i)).send();
    }

    Future<HttpResponse<Buffer>> reply(int i) {
      JsonObject body = new JsonObject().put("body", "Benchmark reply " + i + ": thanks, we will try this in our city too.");
      return client.post("/api/threads/" + randomThread() + "/posts").bearerTokenAuthentication(token(i)).sendJsonObject(body);
    }

    Future<HttpResponse<Buffer>> replyIn(int i, String thread) {
      JsonObject body = new JsonObject().put("body", "Benchmark reply " + i + " in a thread of its own.");
      return client.post("/api/threads/" + thread + "/posts").bearerTokenAuthentication(token(i)).sendJsonObject(body);
    }

    Future<HttpResponse<Buffer>> search(int i, String[] queries) {
      return client.get("/api/search?limit=20&q=" + encode(queries[i % queries.length])).bearerTokenAuthentication(token(i)).send();
    }
  }
}
