package eu.urbis.auth;

import eu.urbis.support.Api;
import eu.urbis.support.ServerExtension;
import eu.urbis.support.TestServer;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static eu.urbis.support.ProblemAssert.assertProblem;
import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing: limits that hold under concurrency, no way to lock an owner out from elsewhere, and a flood
 * of logins refused at the hashing queue instead of queueing.
 */
class LoginLimitsTest {
  private static final int PER_USERNAME_AND_ADDRESS = 5;
  private static final int HASHING_QUEUE = 2;

  @RegisterExtension
  static final ServerExtension server = ServerExtension.start(config -> config
    .put("http", config.getJsonObject("http").put("trustedProxies", new JsonArray().add("127.0.0.1")))
    .put("auth", new JsonObject().put("argon2", new JsonObject().put("threads", 1).put("queue", HASHING_QUEUE)))
    .put("rateLimits", config.getJsonObject("rateLimits")
      .put("loginFailuresPerUsernameAndIp", PER_USERNAME_AND_ADDRESS)
      .put("loginFailuresPerIp", 1_000)
      .put("loginSlowdownAfter", 3)
      .put("loginMaxDelayMillis", 1_000)));
  private static final Api api = server.api();

  @Test
  void aBurstOfConcurrentGuessesFromOneAddressIsCutOffAtTheLimit() {
    String username = api.newMember("burst-target").getJsonObject("user").getString("username");
    List<Future<HttpResponse<Buffer>>> burst = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      burst.add(login(username, "wrong guess " + i, "10.4.0.1"));
    }
    burst.add(login(username, TestServer.PASSWORD, "10.4.0.1"));
    await(Future.join(burst), Duration.ofMinutes(2));

    Map<Integer, Long> statuses = burst.stream().map(f -> f.result().statusCode())
      .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    long evaluated = statuses.getOrDefault(401, 0L) + statuses.getOrDefault(200, 0L);
    assertThat(evaluated).as(statuses.toString()).isLessThanOrEqualTo(PER_USERNAME_AND_ADDRESS);
    assertThat(statuses.getOrDefault(429, 0L)).as(statuses.toString()).isGreaterThanOrEqualTo(25L - PER_USERNAME_AND_ADDRESS);
  }

  @Test
  void failuresFromManyAddressesNeverLockTheOwnerOut() {
    String username = api.newMember("lockout-target").getJsonObject("user").getString("username");
    for (int i = 0; i < 12; i++) {
      assertThat(await(login(username, "wrong guess " + i, "10.5." + i + ".1")).statusCode()).isEqualTo(401);
    }
    var owner = await(login(username, TestServer.PASSWORD, "10.6.0.1"));
    assertThat(owner.statusCode()).as(owner.bodyAsString()).isEqualTo(200);
  }

  @Test
  void failuresForAUsernameSlowItsNextAttemptsDownFromEveryAddress() {
    String username = api.newMember("slowed").getJsonObject("user").getString("username");
    for (int i = 0; i < 5; i++) {
      assertThat(await(login(username, "wrong guess " + i, "10.7." + i + ".1")).statusCode()).isEqualTo(401);
    }
    long started = System.nanoTime();
    var owner = await(login(username, TestServer.PASSWORD, "10.8.0.1"));
    assertThat(owner.statusCode()).isEqualTo(200);
    // five failures, slowed from the third: 250 ms doubled twice, the configured maximum
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(1_000));
  }

  @Test
  void loginsBeyondTheHashingQueueAreAnswered503WithRetryAfterAtOnce() {
    List<Future<HttpResponse<Buffer>>> flood = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      flood.add(login("nobody-" + i, "wrong guess", "10.9." + i + ".1"));
    }
    await(Future.join(flood), Duration.ofMinutes(2));

    List<HttpResponse<Buffer>> answers = flood.stream().map(Future::result).toList();
    assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(401, 503);
    HttpResponse<Buffer> busy = answers.stream().filter(response -> response.statusCode() == 503).findFirst().orElseThrow();
    assertThat(assertProblem(busy, 503).getString("type")).isEqualTo("/problems/busy");
    assertThat(busy.getHeader("Retry-After")).isEqualTo("2");
  }

  private static Future<HttpResponse<Buffer>> login(String username, String password, String address) {
    return client().post("/api/auth/login").putHeader("X-Forwarded-For", address)
      .sendJsonObject(new JsonObject().put("username", username).put("password", password));
  }

  private static WebClient client() {
    return WebClient.create(server.vertx(), new WebClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(server.port()));
  }
}
