package eu.urbis.bench;

import eu.urbis.files.FilesApi;
import eu.urbis.forum.ForumApi;
import eu.urbis.support.Api;
import eu.urbis.support.TestServer;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.sqlclient.Tuple;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static eu.urbis.support.TestServer.await;

/**
 * The files benchmark of docs/performance.md: upload and download of 20 MiB files against the server in a JVM of its
 * own (throughput, and the server's heap above its resting level meanwhile: {@link ServerTransfers}), then, with the
 * server in this JVM, the first preview of 50-page PDFs and library pages with 10,000 files at 8 concurrent clients.
 * Run: {@code mvn -B -q test-compile exec:java@file-bench}
 * (system properties {@code bench.transfers}, {@code bench.previews}, {@code bench.files}, {@code bench.requests} change the sizes).
 */
public final class FileBench {
  private static final int TRANSFERS = Integer.getInteger("bench.transfers", 5);
  private static final int PREVIEWS = Integer.getInteger("bench.previews", 5);
  private static final int FILES = Integer.getInteger("bench.files", 10_000);
  private static final int REQUESTS = Integer.getInteger("bench.requests", 2_000);
  private static final int CLIENTS = 8;

  private FileBench() {
  }

  public static void main(String[] args) throws Exception {
    String transfers = ServerTransfers.run(TRANSFERS);
    Vertx clientVertx = Vertx.vertx();
    try (TestServer server = TestServer.start(config -> config.put("files", new JsonObject().put("quotaMiB", 100_000)))) {
      Api api = server.api();
      FilesApi files = new FilesApi(api);
      ForumApi forum = new ForumApi(api);
      JsonObject session = forum.memberIn("bench-files", "gabrovo");
      String token = session.getString("token");
      long[] previewNanos = new long[PREVIEWS];
      for (int i = 0; i < PREVIEWS; i++) {
        String id = files.uploaded(token, "deck-" + i + ".pdf", Buffer.buffer(pdf(50, "Deck " + i)), "application/pdf").getString("id");
        long started = System.nanoTime();
        int status = api.get("/api/files/" + id + "/preview", token).statusCode();
        previewNanos[i] = System.nanoTime() - started;
        if (status != 200) {
          throw new IllegalStateException("preview answered " + status);
        }
      }

      long loading = System.nanoTime();
      seedLibrary(server, forum, session);
      System.out.printf("Loaded %,d attached files in %.0f s%n", FILES, (System.nanoTime() - loading) / 1e9);
      WebClient client = WebClient.create(clientVertx, new WebClientOptions()
        .setDefaultHost("127.0.0.1").setDefaultPort(server.port()).setKeepAlive(true), new PoolOptions().setHttp1MaxSize(CLIENTS));
      String reader = forum.memberIn("bench-reader", "ancona").getString("token");
      List<String> pages = List.of("/api/library?limit=20", "/api/library?limit=20&type=application/pdf",
        "/api/library?limit=20&q=tender", "/api/library?limit=20&city=gabrovo");
      List<String> names = List.of("library page 1", "library, type filter", "library, words inside", "library, city filter");
      for (int s = 0; s < pages.size(); s++) {
        String page = pages.get(s);
        await(LoadRunner.run(names.get(s), CLIENTS, REQUESTS / 2, i -> client.get(page).bearerTokenAuthentication(reader).send()), Duration.ofMinutes(30));
      }
      StringBuilder table = new StringBuilder("| scenario | requests | p50 ms | p95 ms | p99 ms | req/s |\n|---|---:|---:|---:|---:|---:|\n");
      for (int s = 0; s < pages.size(); s++) {
        String page = pages.get(s);
        LoadRunner.Result result = await(LoadRunner.run(names.get(s), CLIENTS, REQUESTS,
          i -> client.get(page).bearerTokenAuthentication(reader).send()), Duration.ofMinutes(30));
        table.append(result.row()).append('\n');
      }

      System.out.printf("%n%d cores%n%n%s%n", Runtime.getRuntime().availableProcessors(), transfers);
      Arrays.sort(previewNanos);
      System.out.printf("%nFirst preview of a 50-page PDF (%d PDFs): median %.0f ms, slowest %.0f ms%n%n", PREVIEWS,
        previewNanos[PREVIEWS / 2] / 1e6, previewNanos[PREVIEWS - 1] / 1e6);
      System.out.print(table);
    } finally {
      await(clientVertx.close());
    }
  }

  /**
   * {@link #FILES} files, each attached to one of 1,000 threads' opening posts: contents with a line of text (one in
   * ten says "tender"), a PDF or a text file in turn, written straight into the tables.
   */
  private static void seedLibrary(TestServer server, ForumApi forum, JsonObject session) {
    long author = Long.parseLong(session.getJsonObject("user").getString("id"));
    var pool = server.app().services().pool();
    await(new BenchData(pool).load(Long.parseLong(forum.board("everyone")), List.of(new BenchData.Author(author, "simple", BenchData.Language.SIMPLE)), 1_000, 0),
      Duration.ofMinutes(30));
    await(pool.preparedQuery("""
      WITH contents AS (
        INSERT INTO file_contents (sha256, size, type, text, lang)
        SELECT lpad(to_hex(g), 64, '0'), 10_000 + g, CASE WHEN g % 2 = 0 THEN 'application/pdf' ELSE 'text/plain' END,
          'Evaluation report number ' || g || CASE WHEN g % 10 = 0 THEN ' of the joint tender' ELSE ' of the pilot' END, 'english'
        FROM generate_series(1, $1) g RETURNING sha256),
      uploads AS (
        INSERT INTO files (sha256, owner_id, name)
        SELECT sha256, $2, 'report-' || sha256 || '.pdf' FROM contents RETURNING id)
      INSERT INTO file_attachments (file_id, target_type, target_id, position)
      SELECT u.id, 'post', t.opening_post_id, 1
      FROM uploads u JOIN threads t ON t.id = 1000000 + u.id % 1000""").execute(Tuple.of(FILES, author)), Duration.ofMinutes(30));
    await(pool.query("ANALYZE").execute(), Duration.ofMinutes(5));
  }

  private static byte[] pdf(int pages, String title) throws IOException {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (int p = 1; p <= pages; p++) {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
          for (int line = 0; line < 40; line++) {
            content.beginText();
            content.newLineAtOffset(72, 740 - line * 16);
            content.showText(title + ", page " + p + ", line " + line + ": kilowatt hours saved by the streetlight pilot");
            content.endText();
          }
        }
      }
      document.save(out);
      return out.toByteArray();
    }
  }
}
