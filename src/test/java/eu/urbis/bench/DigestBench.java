package eu.urbis.bench;

import ch.qos.logback.classic.Level;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import eu.urbis.forum.ForumApi;
import eu.urbis.mail.MailWorker;
import eu.urbis.support.Api;
import eu.urbis.support.TestServer;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static eu.urbis.support.TestServer.await;

/**
 * The daily digest at scale: {@code bench.digest.users} people (10,000) with {@code bench.digest.items} unread
 * notifications each (20), built (read, rendered, queued in the outbox) and handed to SMTP (an {@link SmtpSink}, or
 * GreenMail with {@code -Dbench.digest.smtp=greenmail}, in this JVM),
 * timed from the first statement to the last mail accepted. Writes its numbers to docs/performance.md.
 * <pre>mvn -B -q test-compile exec:java@digest-bench</pre>
 */
public final class DigestBench {
  private static final int USERS = Integer.getInteger("bench.digest.users", 10_000);
  private static final int ITEMS = Integer.getInteger("bench.digest.items", 20);
  private static final int SMTP_POOL = Integer.getInteger("bench.digest.smtpPool", 8);
  /** {@code sink} (default: accepts and counts, see {@link SmtpSink}) or {@code greenmail} (parses and stores each mail) */
  private static final String RECEIVER = System.getProperty("bench.digest.smtp", "sink");

  private DigestBench() {
  }

  public static void main(String[] args) throws Exception {
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("com.icegreen")).setLevel(Level.WARN);
    int smtpPort = TestServer.freePort();
    GreenMail greenMail = RECEIVER.equals("greenmail") ? new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", "smtp")) : null;
    Vertx sinkVertx = Vertx.vertx();
    SmtpSink sink = greenMail == null ? await(SmtpSink.start(sinkVertx, smtpPort)) : null;
    if (greenMail != null) {
      greenMail.start();
    }
    try (TestServer server = TestServer.start(config -> config
      .put("smtp", new JsonObject().put("host", "127.0.0.1").put("port", smtpPort).put("tls", "none")
        .put("poolSize", SMTP_POOL))
      .put("notify", new JsonObject().put("mail", new JsonObject().put("tickSeconds", 86_400).put("batch", 500))))) {
      Pool pool = server.app().services().pool();
      long[] posts = openingPosts(server.api(), ITEMS);
      long loading = System.nanoTime();
      seed(pool, posts);
      System.out.printf("Seeded %,d users with %,d unread notifications each in %.0f s%n", USERS, ITEMS, (System.nanoTime() - loading) / 1e9);

      MailWorker worker = server.app().services().mail().worker();
      double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      long start = System.nanoTime();
      int queued = await(worker.queueDigests("daily", Instant.now()), Duration.ofMinutes(30));
      long built = System.nanoTime();
      await(worker.send(), Duration.ofMinutes(30));
      long sent = System.nanoTime();
      int received = greenMail != null ? greenMail.getReceivedMessages().length : sink.received();
      double buildSeconds = (built - start) / 1e9;
      double sendSeconds = (sent - built) / 1e9;
      String results = String.format("""
        Run %s: %,d users × %,d unread items, one daily digest each (HTML and text parts, grouped by city and board),
        %d SMTP connections; load average at the start %.1f on %d cores.

        | step | seconds |
        |---|---|
        | built: read, rendered and queued in the outbox (%,d digests) | %.1f |
        | handed to SMTP (%s in the same JVM accepted %,d) | %.1f |
        | **total** (target < 60 s) | **%.1f** |
        """, Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES), USERS, ITEMS, SMTP_POOL, load,
        Runtime.getRuntime().availableProcessors(), queued, buildSeconds,
        greenMail != null ? "GreenMail" : "an SMTP sink", received,
        sendSeconds, buildSeconds + sendSeconds);
      System.out.println(results);
      if (queued != USERS || received != USERS) {
        throw new IllegalStateException("expected " + USERS + " digests, queued " + queued + ", received " + received);
      }
      PerformanceDoc.write(Path.of("docs/performance.md"), "digest-bench", "Daily digest", results);
    } finally {
      if (greenMail != null) {
        greenMail.stop();
      }
      await(sinkVertx.close());
    }
  }

  /** {@code count} threads on one board, their opening posts the items everybody is told of. */
  private static long[] openingPosts(Api api, int count) {
    ForumApi forum = new ForumApi(api);
    JsonObject author = api.newMember("digest-author");
    String board = forum.board("everyone");
    long[] posts = new long[count];
    for (int i = 0; i < count; i++) {
      posts[i] = Long.parseLong(forum.startThread(author.getString("token"), board, "Digest thread " + i + " <about & around>",
        "Opening words of thread " + i + ".").getJsonObject("post").getString("id"));
    }
    return posts;
  }

  private static void seed(Pool pool, long[] posts) {
    await(pool.preparedQuery("""
      INSERT INTO users (username, display_name, city_id, password_hash, email)
      SELECT 'digest-' || g, 'Digest Reader ' || g, 'gabrovo', 'not-a-hash', 'digest-' || g || '@example.org'
        FROM generate_series(1, $1) g""").execute(Tuple.of(USERS)), Duration.ofMinutes(10));
    OffsetDateTime created = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1);
    // one post's notifications (one per user) a statement, each well within the production statement timeout
    for (long post : posts) {
      await(pool.preparedQuery("""
        INSERT INTO notifications (user_id, kind, target_type, target_id, thread_id, title, excerpt, created_at, posts_before)
        SELECT u.id, 'watched_post', 'post', p.id, p.thread_id, t.title,
               'A new post in a thread you watch: ' || repeat('words of the post ', 8), $2,
               (SELECT count(*) FROM posts b WHERE b.thread_id = p.thread_id AND b.id < p.id AND NOT b.deleted)
          FROM users u CROSS JOIN posts p JOIN threads t ON t.id = p.thread_id
         WHERE u.username LIKE 'digest-%' AND p.id = $1""").execute(Tuple.of(post, created)), Duration.ofMinutes(10));
    }
  }
}
