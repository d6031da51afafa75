package eu.urbis.db;

import eu.urbis.forum.ForumApi;
import eu.urbis.support.Api;
import eu.urbis.support.ChatClient;
import eu.urbis.support.Eventually;
import eu.urbis.support.TestServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static eu.urbis.support.ProblemAssert.assertProblem;
import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL stops under a running server and comes back on the same port and data: meanwhile REST writes answer
 * 503 and chat sends {@code unavailable} without an ack, nothing hangs, the server recovers by itself within 5 s of
 * the database returning, and every acked message is stored exactly once.
 */
class DatabaseOutageTest {
  private static final Duration RECOVERY = Duration.ofSeconds(5);
  private static Path data;
  private static int port;
  private static EmbeddedPostgres postgres;
  private static TestServer server;

  @BeforeAll
  static void start() {
    data = TestServer.tempDir("urbis-outage-pg");
    port = TestServer.freePort();
    postgres = startPostgres();
    execute("CREATE DATABASE urbis");
    server = TestServer.start(new DatabaseUrl("localhost", port, "urbis", "postgres", null), config -> { });
  }

  @AfterAll
  static void stop() throws IOException {
    if (server != null) {
      server.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void writesDuringAnOutageAreRefusedWithoutAnAckAndEverythingAckedIsKeptOnce() throws IOException {
    Api api = server.api();
    ForumApi forum = new ForumApi(api);
    String token = api.newMember("steadfast").getString("token");
    String thread = forum.startThread(token, forum.board("everyone"), "Through the outage", "Before").getJsonObject("thread").getString("id");
    String room = ChatClient.newPublicRoom(api, token, "Outage");
    List<String> acked = new ArrayList<>();
    try (ChatClient chat = ChatClient.authenticated(server, token)) {
      chat.join(room, null);
      for (int i = 0; i < 3; i++) {
        acked.add(ackedBody(chat, room, "before " + i));
      }

      postgres.close();
      postgres = null;

      List<String> refusedIds = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        String clientId = ChatClient.newClientId();
        JsonObject answer = chat.say(room, clientId, "during " + i);
        assertThat(answer.getString("type")).as(answer.encode()).isEqualTo("error");
        assertThat(answer.getString("code")).isEqualTo("unavailable");
        refusedIds.add(clientId);
      }
      var reply = api.post("/api/threads/" + thread + "/posts", new JsonObject().put("body", "during"), token);
      assertProblem(reply, 503);
      assertThat(reply.getHeader("Retry-After")).isNotNull();
      assertProblem(api.get("/api/threads/" + thread, token), 503);

      postgres = startPostgres();
      long back = System.nanoTime();
      var recovered = Eventually.within(RECOVERY, () -> api.post("/api/threads/" + thread + "/posts", new JsonObject().put("body", "after"), token),
        response -> response.statusCode() == 201);
      assertThat(recovered.statusCode()).as(recovered.bodyAsString()).isEqualTo(201);
      JsonObject firstAfter = Eventually.within(RECOVERY.minusNanos(System.nanoTime() - back),
        () -> chat.say(room, "after"), answer -> "ack".equals(answer.getString("type")));
      assertThat(firstAfter.getString("type")).as(firstAfter.encode()).isEqualTo("ack");
      assertThat(Duration.ofNanos(System.nanoTime() - back)).isLessThan(RECOVERY);
      acked.add("after");

      // the refused sends retried with their client ids, as the UI's outbox does
      for (int i = 0; i < refusedIds.size(); i++) {
        String clientId = refusedIds.get(i);
        chat.send(new JsonObject().put("type", "send").put("room", room).put("clientId", clientId).put("body", "during " + i));
        await(chat.frame(f -> "ack".equals(f.getString("type")) && clientId.equals(f.getString("clientId"))));
        acked.add("during " + i);
      }
    }
    JsonArray history = api.get("/api/chat/rooms/" + room + "/messages?limit=100", token).bodyAsJsonObject().getJsonArray("items");
    List<String> stored = history.stream().map(m -> ((JsonObject) m).getString("body")).toList();
    assertThat(stored).containsExactlyInAnyOrderElementsOf(acked);
    List<Long> seqs = history.stream().map(m -> ((JsonObject) m).getLong("seq")).sorted().toList();
    assertThat(seqs).doesNotHaveDuplicates();
  }

  private static String ackedBody(ChatClient chat, String room, String body) {
    JsonObject answer = chat.say(room, body);
    assertThat(answer.getString("type")).as(answer.encode()).isEqualTo("ack");
    return body;
  }

  private static EmbeddedPostgres startPostgres() {
    try {
      return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void execute(String sql) {
    try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
