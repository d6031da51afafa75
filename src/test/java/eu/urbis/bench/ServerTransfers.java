package eu.urbis.bench;

import eu.urbis.support.TestDatabase;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import static eu.urbis.support.TestServer.await;

/**
 * Uploads and downloads of 20 MiB files against the real server in a JVM of its own (on a fresh database, content
 * in PostgreSQL), so the heap read is the server's alone. The client streams each upload from a file and counts each
 * download's bytes as they pass: it never holds a file either.
 */
final class ServerTransfers {
  private static final int MIB = 1_048_576;
  private static final long SIZE = 20L * MIB;
  private static final int PART = 64 * 1024;
  private static final String BOUNDARY = "urbis-bench-boundary-3Kx9";
  private static final String SECRET = "file-bench-secret-that-is-long-enough-for-hs256";

  private final Vertx vertx;
  private final Context context;
  private final HttpClient http;
  private final int port;

  private ServerTransfers(Vertx vertx, int port) {
    this.vertx = vertx;
    this.context = vertx.getOrCreateContext();
    // a connection of its own per transfer, so no transfer waits behind another's
    this.http = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(false));
    this.port = port;
  }

  /** Runs on the one event loop of this client, its connections and files included, and waits at most a minute. */
  private <T> T onContext(Supplier<Future<T>> work) {
    Promise<T> done = Promise.promise();
    context.runOnContext(v -> work.get().onComplete(done));
    return await(done.future(), Duration.ofMinutes(1));
  }

  /** @return the table: throughput and the server's heap per transfer, upload and download */
  static String run(int transfers) throws Exception {
    Path out = Files.createDirectories(Path.of("target", "bench", "files"));
    int port = freePort();
    Path config = out.resolve("server.json");
    Files.writeString(config, serverConfig(port, out).encodePrettily());
    Vertx vertx = Vertx.vertx();
    try (ServerProcess server = ServerProcess.start(config, port, out.resolve("server.log"), out.resolve("file-server.jfr"), "1g")) {
      ServerTransfers bench = new ServerTransfers(vertx, port);
      ServerHeapWatch heap = new ServerHeapWatch(server.management());
      String token = bench.register();
      ServerHeapWatch.Reading[] uploads = new ServerHeapWatch.Reading[transfers];
      String[] ids = new String[transfers];
      for (int i = 0; i < transfers; i++) {
        Path file = content(out.resolve("upload-" + i + ".bin"), i);
        int n = i;
        uploads[i] = heap.during(() -> ids[n] = bench.onContext(() -> bench.upload(token, file, "big-" + n + ".bin")));
        Files.delete(file);
        System.out.println("upload " + i + ": " + describe(uploads[i]));
      }
      ServerHeapWatch.Reading[] downloads = new ServerHeapWatch.Reading[transfers];
      for (int i = 0; i < transfers; i++) {
        String id = ids[i];
        downloads[i] = heap.during(() -> bench.onContext(() -> bench.download(token, id)));
        System.out.println("download " + i + ": " + describe(downloads[i]));
      }
      return String.format(Locale.ROOT, """
          | transfer of 20 MiB, server in a JVM of its own (-Xmx1g) | runs | median MiB/s | max MiB/s \
          | server heap peak above rest, MiB (median / max) | server heap right after a GC during it, above rest, max MiB (GCs) \
          | allocated by the server, MiB (median) | allocated ÷ file size |
          |---|---:|---:|---:|---:|---:|---:|---:|
          %s
          %s""", row("upload", uploads), row("download", downloads));
    } finally {
      await(vertx.close());
    }
  }

  private String register() {
    return onContext(() -> http.request(HttpMethod.POST, port, "127.0.0.1", "/api/auth/register")
      .compose(request -> request.putHeader("Content-Type", "application/json")
        .send(new JsonObject().put("username", "bench-files").put("password", "correct horse battery")
          .put("displayName", "Bench").put("cityId", "gabrovo").encode()))
      .compose(response -> json(response, 201)))
      .getString("token");
  }

  /** A multipart upload whose file part is read from disk 64 KiB at a time, with a Content-Length as a browser sends it. */
  private Future<String> upload(String token, Path file, String name) {
    Buffer head = Buffer.buffer("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
      + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    Buffer tail = Buffer.buffer("\r\n--" + BOUNDARY + "--\r\n");
    return http.request(HttpMethod.POST, port, "127.0.0.1", "/api/files")
      .compose(request -> {
        request.putHeader("Authorization", "Bearer " + token)
          .putHeader("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
          .putHeader("Content-Length", Long.toString(head.length() + SIZE + tail.length()));
        Future<HttpClientResponse> response = request.response();
        return request.write(head)
          .compose(v -> vertx.fileSystem().open(file.toString(), new OpenOptions().setRead(true).setWrite(false)))
          .compose(in -> send(in, request, 0).eventually(in::close))
          .compose(v -> request.end(tail))
          .compose(v -> response);
      })
      .compose(response -> json(response, 201))
      .map(stored -> stored.getString("id"));
  }

  /** The next part is read only once the last is written: one part in flight, no drain to wait for. */
  private static Future<Void> send(AsyncFile in, HttpClientRequest request, long position) {
    if (position >= SIZE) {
      return Future.succeededFuture();
    }
    int length = (int) Math.min(PART, SIZE - position);
    return in.read(Buffer.buffer(length), 0, position, length)
      .compose(request::write)
      .compose(v -> send(in, request, position + length));
  }

  /** Counts the bytes as they arrive and keeps none. */
  private Future<Long> download(String token, String id) {
    return http.request(HttpMethod.GET, port, "127.0.0.1", "/api/files/" + id)
      .compose(request -> request.putHeader("Authorization", "Bearer " + token).send())
      .compose(response -> {
        AtomicLong bytes = new AtomicLong();
        response.handler(chunk -> bytes.addAndGet(chunk.length()));
        return response.end().map(v -> bytes.get());
      })
      .compose(bytes -> bytes == SIZE ? Future.succeededFuture(bytes) : Future.failedFuture("downloaded " + bytes + " bytes"));
  }

  private static Future<JsonObject> json(HttpClientResponse response, int expected) {
    return response.body().compose(body -> response.statusCode() == expected
      ? Future.succeededFuture(body.toJsonObject())
      : Future.failedFuture(response.statusCode() + " " + body));
  }

  /** 20 MiB no other transfer sends, written to disk 64 KiB at a time. */
  private static Path content(Path file, int seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    byte[] block = new byte[64 * 1024];
    try (OutputStream stream = Files.newOutputStream(file)) {
      for (long written = 0; written < SIZE; written += block.length) {
        for (int b = 0; b < block.length; b++) {
          block[b] = (byte) random.nextInt(256);
        }
        stream.write(block);
      }
    }
    return file;
  }

  private static JsonObject serverConfig(int port, Path out) {
    return new JsonObject()
      .put("http", new JsonObject().put("host", "127.0.0.1").put("port", port))
      .put("db", new JsonObject().put("url", TestDatabase.fresh().toString()))
      .put("dataDir", out.resolve("data").toAbsolutePath().toString())
      .put("jwt", new JsonObject().put("secret", SECRET))
      .put("files", new JsonObject().put("quotaMiB", 100_000))
      .put("demo", false);
  }

  private static String describe(ServerHeapWatch.Reading reading) {
    return String.format(Locale.ROOT, "%.0f MiB/s, server heap peak +%.1f MiB, right after a GC +%.1f MiB (%d GCs), allocated %.1f MiB",
      SIZE / (double) MIB / (reading.nanos() / 1e9), mib(reading.peakAboveRest()), mib(reading.heldAboveRest()), reading.collections(),
      mib(reading.allocated()));
  }

  private static String row(String name, ServerHeapWatch.Reading[] readings) {
    long[] nanos = sorted(readings, ServerHeapWatch.Reading::nanos);
    long[] peaks = sorted(readings, ServerHeapWatch.Reading::peakAboveRest);
    long held = Arrays.stream(readings).mapToLong(ServerHeapWatch.Reading::heldAboveRest).max().orElse(0);
    int collections = Arrays.stream(readings).mapToInt(ServerHeapWatch.Reading::collections).sum();
    long allocated = sorted(readings, ServerHeapWatch.Reading::allocated)[readings.length / 2];
    double mibs = SIZE / (double) MIB;
    return String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.1f / %.1f | %.1f (%d) | %.1f | %.2f |", name, readings.length,
      mibs / (nanos[nanos.length / 2] / 1e9), mibs / (nanos[0] / 1e9), mib(peaks[peaks.length / 2]), mib(peaks[peaks.length - 1]),
      mib(held), collections, mib(allocated), allocated / (double) SIZE);
  }

  private static long[] sorted(ServerHeapWatch.Reading[] readings, ToLongFunction<ServerHeapWatch.Reading> value) {
    long[] values = Arrays.stream(readings).mapToLong(value).toArray();
    Arrays.sort(values);
    return values;
  }

  private static double mib(long bytes) {
    return bytes / (double) MIB;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
