package eu.urbis.bench;

import eu.urbis.forum.ForumApi;
import eu.urbis.support.Api;
import eu.urbis.support.TestServer;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static eu.urbis.support.TestServer.await;

/**
 * Does a flood of failed logins slow everyone else? Measures one legitimate login and one 5,000-character reply,
 * first on an idle server, then each while 40 failed logins (unknown usernames, 40 client addresses) are in flight,
 * and prints the medians and their ratios (docs/performance.md, "Login flood").
 * Run: {@code mvn -B -q test-compile exec:java@login-flood-bench} ({@code -Dbench.rounds=} changes the rounds, 10 by default).
 */
public final class LoginFloodBench {
  private static final int ROUNDS = Integer.getInteger("bench.rounds", 10);
  private static final int FLOOD = 40;
  private static final String PASSWORD = "Quiet-Harbour-42-lantern";
  private static final String LONG_BODY = "Harbour lantern notes. ".repeat(220);

  private LoginFloodBench() {
  }

  public static void main(String[] args) {
    Vertx clientVertx = Vertx.vertx();
    try (TestServer server = TestServer.start(config -> config
      .put("http", config.getJsonObject("http").put("trustedProxies", new JsonArray().add("127.0.0.1")))
      .put("rateLimits", TestServer.generousRateLimits()))) {
      Api api = server.api();
      ForumApi forum = new ForumApi(api);
      String username = "flood-bench-user";
      JsonObject session = api.post("/api/auth/register", new JsonObject()
        .put("username", username).put("password", PASSWORD).put("displayName", "Bench user").put("cityId", "gabrovo")).bodyAsJsonObject();
      String token = session.getString("token");
      String thread = forum.startThread(token, forum.board("everyone"), "Flood bench", "Opening post").getJsonObject("thread").getString("id");
      WebClient client = WebClient.create(clientVertx, new WebClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(server.port()),
        new PoolOptions().setHttp1MaxSize(FLOOD + 4));
      Probe probe = new Probe(client, username, token, thread);

      probe.round(false);
      List<Timings> idle = new ArrayList<>();
      List<Timings> flooded = new ArrayList<>();
      for (int round = 0; round < ROUNDS; round++) {
        idle.add(probe.round(false));
        flooded.add(probe.round(true));
      }
      report(idle, flooded);
    } finally {
      await(clientVertx.close());
    }
  }

  /** What one request of the probe took, and how it was answered. */
  private record Timed(double millis, int status) {
    static Future<Timed> of(Future<HttpResponse<Buffer>> request, long started) {
      return request.map(response -> new Timed((System.nanoTime() - started) / 1e6, response.statusCode()));
    }
  }

  private record Timings(Timed login, Timed post) {
  }

  private record Probe(WebClient client, String username, String token, String thread) {
    /** One login and one reply from a legitimate user, at the same moment, with the flood in flight or not. */
    Timings round(boolean flood) {
      List<Future<HttpResponse<Buffer>>> floodRequests = new ArrayList<>();
      if (flood) {
        for (int i = 0; i < FLOOD; i++) {
          floodRequests.add(login("nobody-" + i + "-" + System.nanoTime(), "wrong password " + i, "10.9." + i + ".1"));
        }
      }
      long started = System.nanoTime();
      Future<Timed> login = Timed.of(login(username, PASSWORD, "10.1.0.1"), started);
      Future<Timed> post = Timed.of(client.post("/api/threads/" + thread + "/posts").bearerTokenAuthentication(token)
        .sendJsonObject(new JsonObject().put("body", LONG_BODY)), started);
      await(Future.all(login, post), Duration.ofMinutes(2));
      await(Future.join(floodRequests), Duration.ofMinutes(2));
      return new Timings(login.result(), post.result());
    }

    private Future<HttpResponse<Buffer>> login(String name, String password, String address) {
      return client.post("/api/auth/login").putHeader("X-Forwarded-For", address)
        .sendJsonObject(new JsonObject().put("username", name).put("password", password));
    }
  }

  private static void report(List<Timings> idle, List<Timings> flooded) {
    double idleLogin = median(idle.stream().map(Timings::login).toList());
    double idlePost = median(idle.stream().map(Timings::post).toList());
    double floodLogin = median(flooded.stream().map(Timings::login).toList());
    double floodPost = median(flooded.stream().map(Timings::post).toList());
    System.out.printf("%d rounds, %d failed logins in flight per flooded round (median ms)%n", idle.size(), FLOOD);
    System.out.printf("| | idle | during the flood | ratio |%n|---|---:|---:|---:|%n");
    System.out.printf("| login | %.0f | %.0f | %.1f |%n", idleLogin, floodLogin, floodLogin / idleLogin);
    System.out.printf("| 5,000-char reply | %.0f | %.0f | %.1f |%n", idlePost, floodPost, floodPost / idlePost);
    System.out.printf("login answers during the flood: %s; reply answers: %s%n",
      flooded.stream().map(t -> t.login().status()).toList(), flooded.stream().map(t -> t.post().status()).toList());
  }

  private static double median(List<Timed> timed) {
    List<Double> sorted = timed.stream().map(Timed::millis).sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
