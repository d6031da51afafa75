package eu.urbis.bench;

import eu.urbis.forum.ForumApi;
import eu.urbis.support.Api;
import eu.urbis.support.TestServer;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import static eu.urbis.bench.ForumBench.awaitLong;
import static eu.urbis.support.TestServer.await;

/**
 * The programme benchmark of docs/performance.md: the forum benchmark's data (10,000 threads, 100,000 posts), a
 * fifth of its threads turned into practices in every review state, 1,000 adoptions over twelve months and 200
 * announcements half acknowledged; then a city page, a practice library page and the dashboard at 16 clients.
 * Run: {@code mvn -B -q test-compile exec:java@programme-bench} ({@code bench.threads}, {@code bench.requests},
 * {@code bench.warmup}, {@code bench.clients} change the sizes). It rewrites the block between the
 * {@code programme-bench} markers of docs/performance.md.
 */
public final class ProgrammeBench {
  private static final int THREADS = Integer.getInteger("bench.threads", 10_000);
  private static final int REQUESTS = Integer.getInteger("bench.requests", 3_000);
  private static final int CLIENTS = Integer.getInteger("bench.clients", 16);
  private static final int WARM_UP = Integer.getInteger("bench.warmup", 2_000);
  private static final int ADOPTIONS = 1_000;
  private static final int ANNOUNCEMENTS = 200;

  /** Every fifth thread becomes a practice of a city and theme; three in four of them are validated. */
  private static final String PRACTICES = """
    UPDATE threads t SET kind = 'practice',
      practice_city_id = (SELECT array_agg(id ORDER BY id) FROM cities)[1 + (t.id / 5) % 41],
      practice_theme = (SELECT array_agg(id ORDER BY position) FROM themes)[1 + (t.id / 5) % 10],
      practice_summary = 'What we did and for whom', practice_outcomes = 'What changed', practice_links = '{}',
      practice_status = CASE (t.id / 5) % 4 WHEN 0 THEN 'submitted' ELSE 'validated' END,
      practice_evidence = CASE (t.id / 5) % 4 WHEN 0 THEN NULL WHEN 1 THEN 'idea' WHEN 2 THEN 'piloted' ELSE 'proven' END
    WHERE t.board_id = $1 AND t.id % 5 = 0""";

  /** The first validated practices, each adopted by the city seven places after its own, at a stage and a month. */
  private static final String ADOPT = """
    INSERT INTO adoptions (thread_id, city_id, stage, started_at, since)
    SELECT p.id, (SELECT array_agg(id ORDER BY id) FROM cities)[1 + ((p.id / 5) % 41 + 7) % 41],
      (ARRAY['exploring', 'piloting', 'adopted', 'dropped'])[1 + p.n % 4],
      $2::timestamptz - make_interval(days => (p.n % 365)::int), $2::timestamptz - make_interval(days => (p.n % 365)::int)
    FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM threads
          WHERE board_id = $1 AND kind = 'practice' AND practice_status = 'validated') p
    WHERE p.n <= $3""";

  private static final String STAGES = """
    INSERT INTO adoption_stages (thread_id, city_id, stage, actor_id, at)
    SELECT a.thread_id, a.city_id, a.stage, $1, a.since FROM adoptions a""";

  private static final String COUNTS = """
    UPDATE threads t SET
      practice_exploring = (SELECT count(*) FROM adoptions a WHERE a.thread_id = t.id AND a.stage = 'exploring'),
      practice_piloting = (SELECT count(*) FROM adoptions a WHERE a.thread_id = t.id AND a.stage = 'piloting'),
      practice_adopted = (SELECT count(*) FROM adoptions a WHERE a.thread_id = t.id AND a.stage = 'adopted'),
      practice_dropped = (SELECT count(*) FROM adoptions a WHERE a.thread_id = t.id AND a.stage = 'dropped')
    WHERE t.id IN (SELECT thread_id FROM adoptions)""";

  private static final String ANNOUNCE = """
    INSERT INTO threads (board_id, title, kind, audience, author_id, lang, created_at, last_post_at, post_count, tags)
    SELECT $1, 'Announcement ' || n, 'announcement', (ARRAY['all', 'challenge', 'fellow', 'mentor'])[1 + n % 4], $2, 'simple',
      $3::timestamptz - make_interval(days => n), $3::timestamptz - make_interval(days => n), 0, '{}'
    FROM generate_series(1, $4) AS n""";

  /** Every other announcement is acknowledged by every city of its audience. */
  private static final String ACKNOWLEDGE = """
    INSERT INTO announcement_acks (thread_id, city_id, user_id, at)
    SELECT t.id, c.id, $2, t.created_at FROM threads t JOIN cities c ON t.audience = 'all' OR c.role = t.audience
    WHERE t.board_id = $1 AND t.kind = 'announcement' AND t.id % 2 = 0""";

  private ProgrammeBench() {
  }

  public static void main(String[] args) throws Exception {
    Vertx clientVertx = Vertx.vertx();
    try (TestServer server = ForumBench.server()) {
      Api api = server.api();
      String mentor = api.newUserWithRole("bench-mentor", "mentor").getString("token");
      ForumApi forum = new ForumApi(api);
      List<BenchData.Author> authors = new ArrayList<>();
      List<String> tokens = new ArrayList<>();
      ForumBench.addAuthors(forum, tokens, authors, "dortmund", "german", BenchData.Language.GERMAN);
      ForumBench.addAuthors(forum, tokens, authors, "gabrovo", "simple", BenchData.Language.SIMPLE);
      String board = forum.board("everyone");
      Pool pool = server.app().services().pool();
      long loading = System.nanoTime();
      awaitLong(new BenchData(pool).load(Long.parseLong(board), authors, THREADS, 9));
      awaitLong(programmeData(pool, Long.parseLong(board), authors.get(0).id()));
      System.out.printf("Loaded the forum and the programme in %.0f s%n", (System.nanoTime() - loading) / 1e9);

      WebClient client = WebClient.create(clientVertx, new WebClientOptions()
        .setDefaultHost("127.0.0.1").setDefaultPort(server.port()).setKeepAlive(true), new PoolOptions().setHttp1MaxSize(CLIENTS));
      String[] cities = {"gabrovo", "helsinki", "lyon", "kielce", "barcelona", "tartu"};
      Map<String, IntFunction<Future<HttpResponse<Buffer>>>> scenarios = new LinkedHashMap<>();
      scenarios.put("city page (`GET /api/cities/{id}`)", i -> client.get("/api/cities/" + cities[i % cities.length]).send());
      scenarios.put("the city's practices (`GET /api/cities/{id}/practices`)", i -> client.get("/api/cities/" + cities[i % cities.length] + "/practices")
        .bearerTokenAuthentication(tokens.get(i % tokens.size())).send());
      scenarios.put("the city's adoptions (`GET /api/cities/{id}/adoptions`)", i -> client.get("/api/cities/" + cities[i % cities.length] + "/adoptions")
        .bearerTokenAuthentication(tokens.get(i % tokens.size())).send());
      scenarios.put("practice library page (`GET /api/practices`)", i -> client.get(i % 2 == 0 ? "/api/practices" : "/api/practices?theme=open-data")
        .bearerTokenAuthentication(tokens.get(i % tokens.size())).send());
      scenarios.put("dashboard (`GET /api/dashboard`)", i -> client.get("/api/dashboard").bearerTokenAuthentication(mentor).send());
      scenarios.forEach((name, request) -> awaitLong(LoadRunner.run(name, CLIENTS, WARM_UP, request)));
      List<LoadRunner.Result> results = new ArrayList<>();
      scenarios.forEach((name, request) -> results.add(awaitLong(LoadRunner.run(name, CLIENTS, REQUESTS, request))));

      StringBuilder table = new StringBuilder(String.format(
        "Run %s on %d cores, %,d threads and %,d posts, a fifth of the threads practices, %,d adoptions, %,d announcements; "
          + "%d concurrent clients, %,d requests per scenario after %,d warm-up each. Target: p95 < 50 ms.%n%n",
        Instant.now().truncatedTo(ChronoUnit.MINUTES), Runtime.getRuntime().availableProcessors(), THREADS, THREADS * 10, ADOPTIONS,
        ANNOUNCEMENTS, CLIENTS, REQUESTS, WARM_UP));
      table.append("| scenario | requests | p50 ms | p95 ms | p99 ms | req/s |\n|---|---:|---:|---:|---:|---:|\n");
      results.forEach(result -> table.append(result.row()).append('\n'));
      System.out.println(table);
      PerformanceDoc.write(Path.of("docs/performance.md"), "programme-bench", "Programme", table.toString());
    } finally {
      await(clientVertx.close());
    }
  }

  private static Future<Void> programmeData(Pool pool, long board, long actor) {
    Instant now = Instant.now();
    return pool.withTransaction(tx -> tx.preparedQuery(PRACTICES).execute(Tuple.of(board))
      .compose(v -> tx.preparedQuery(ADOPT).execute(Tuple.of(board, now.atOffset(ZoneOffset.UTC), ADOPTIONS)))
      .compose(v -> tx.preparedQuery(STAGES).execute(Tuple.of(actor)))
      .compose(v -> tx.query(COUNTS).execute())
      .compose(v -> tx.preparedQuery(ANNOUNCE).execute(Tuple.of(board, actor, now.atOffset(ZoneOffset.UTC), ANNOUNCEMENTS)))
      .compose(v -> tx.preparedQuery(ACKNOWLEDGE).execute(Tuple.of(board, actor)))
      .compose(v -> tx.query("ANALYZE").execute())
      .mapEmpty());
  }
}
