package eu.urbis.chat.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real server ({@code eu.urbis.app.Main}) in a JVM of its own, as in production, so its heap can be measured
 * apart from the load tool's and a JFR recording shows where its CPU goes.
 */
final class ServerProcess implements AutoCloseable {
  private static final Pattern USED = Pattern.compile("used (\\d+)K");

  private final Process process;
  private final int port;

  private ServerProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  static ServerProcess start(Path config, int port, Path log, Path recording, String maxHeap) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(List.of(java,
      "-Xmx" + maxHeap,
      "-XX:StartFlightRecording=filename=" + recording + ",settings=profile,dumponexit=true",
      "-cp", System.getProperty("java.class.path"),
      "eu.urbis.app.Main", "--config", config.toString()))
      .redirectErrorStream(true)
      .redirectOutput(log.toFile())
      .start();
    ServerProcess server = new ServerProcess(process, port);
    server.awaitHealthy();
    return server;
  }

  private void awaitHealthy() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the server exited with " + process.exitValue());
      }
      try {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
          HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("the server did not become healthy within 120 s");
  }

  int port() {
    return port;
  }

  /** Heap in use right after a full collection, in bytes (jcmd GC.run, then GC.heap_info). */
  long heapUsedAfterGc() throws Exception {
    jcmd("GC.run");
    Matcher used = USED.matcher(jcmd("GC.heap_info"));
    if (!used.find()) {
      throw new IllegalStateException("jcmd GC.heap_info said nothing about used heap");
    }
    return Long.parseLong(used.group(1)) * 1024;
  }

  private String jcmd(String command) throws Exception {
    String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    Process run = new ProcessBuilder(jcmd, Long.toString(process.pid()), command).redirectErrorStream(true).start();
    String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    run.waitFor(60, TimeUnit.SECONDS);
    return output;
  }

  /** SIGTERM: the server closes its sockets with 1001 and writes the JFR recording. */
  @Override
  public void close() throws Exception {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
