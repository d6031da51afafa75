package eu.urbis.db;

import eu.urbis.support.Api;
import eu.urbis.support.Eventually;
import eu.urbis.support.ServerExtension;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.pgclient.PgConnection;
import io.vertx.sqlclient.SqlConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static eu.urbis.support.ProblemAssert.assertProblem;
import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request's database time is bounded: a statement past its timeout, a request that finds no free
 * connection in time, and a search that finds search's own pool taken all answer 503 with Retry-After, while
 * requests on the other pool go on.
 * A table locked by another session stands in for a slow database.
 */
class DatabaseTimeTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start(config -> config.put("db", config.getJsonObject("db")
    .put("poolSize", 2)
    .put("statementTimeoutMillis", 20_000)
    .put("connectionWaitMillis", 3_000)
    .put("search", new JsonObject().put("poolSize", 1).put("statementTimeoutMillis", 2_000).put("connectionWaitMillis", 3_000))));
  private static final Api api = server.api();
  private SqlConnection locker;

  @AfterEach
  void releaseLocks() {
    if (locker != null) {
      await(locker.close());
    }
  }

  @Test
  void aStatementPastItsTimeoutIsCancelledAndAnswered503WithRetryAfter() {
    String token = api.newMember("patient").getString("token");
    lock("posts");
    long started = System.nanoTime();
    var response = api.get("/api/search?q=harbour", token);
    assertProblem(response, 503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void aRequestThatFindsNoFreeConnectionInTimeIsAnswered503WithRetryAfter() {
    lock("cities");
    Future<HttpResponse<Buffer>> holdingOne = client().get("/api/cities").send();
    Future<HttpResponse<Buffer>> holdingTheOther = client().get("/api/cities").send();
    waitUntilSessionsWaitForTheLock(2);

    var response = api.get("/api/cities");

    assertProblem(response, 503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    await(locker.close());
    locker = null;
    assertThat(await(holdingOne).statusCode()).isEqualTo(200);
    assertThat(await(holdingTheOther).statusCode()).isEqualTo(200);
  }

  @Test
  void searchesWaitForTheirOwnConnectionsAndLeaveTheOthersFree() {
    String token = api.newMember("searcher").getString("token");
    lock("posts");
    Future<HttpResponse<Buffer>> slowSearch = client().get("/api/search?q=harbour").bearerTokenAuthentication(token).send();
    waitUntilSessionsWaitForTheLock(1);

    var second = api.get("/api/search?q=harbour", token);
    assertProblem(second, 503);
    assertThat(second.getHeader("Retry-After")).isEqualTo("5");
    assertThat(api.get("/api/cities").statusCode()).isEqualTo(200);

    assertProblem(await(slowSearch), 503);
  }

  private void lock(String table) {
    locker = await(PgConnection.connect(server.vertx(), server.database().connectOptions()));
    await(locker.query("BEGIN").execute());
    await(locker.query("LOCK TABLE " + table + " IN ACCESS EXCLUSIVE MODE").execute());
  }

  private void waitUntilSessionsWaitForTheLock(int sessions) {
    long waiting = Eventually.within(Duration.ofSeconds(30), () -> await(locker
        .query("SELECT count(*) FROM pg_locks WHERE NOT granted")
        .execute()).iterator().next().getLong(0),
      count -> count >= sessions);
    assertThat(waiting).isGreaterThanOrEqualTo(sessions);
  }

  private static WebClient client() {
    return WebClient.create(server.vertx(), new WebClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(server.port()));
  }
}
