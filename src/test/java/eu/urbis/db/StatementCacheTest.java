package eu.urbis.db;

import eu.urbis.forum.ForumApi;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/** With one connection in each pool, what that connection has prepared is what every request reuses. */
class StatementCacheTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start(config -> config.getJsonObject("db")
    .put("poolSize", 1).put("search", new JsonObject().put("poolSize", 1)));

  @Test
  void theLongestStatementsArePreparedOnceAndReused() {
    ForumApi forum = new ForumApi(server.api());
    String token = forum.memberIn("cached", "lyon").getString("token");
    String board = forum.board("everyone");
    String thread = forum.startThread(token, board, "Tramways de nuit", "Les tramways roulent la nuit.")
      .getJsonObject("thread").getString("id");
    for (int i = 0; i < 2; i++) {
      ForumApi.ok(server.api().get("/api/search?q=tramway", token));
      ForumApi.ok(server.api().get("/api/threads/" + thread + "/posts", token));
    }

    // search has a pool of its own: its session holds the prepared search
    List<String> prepared = new ArrayList<>();
    await(server.app().searchPool().query("SELECT statement FROM pg_prepared_statements").execute())
      .forEach(row -> prepared.add(row.getString("statement")));

    assertThat(prepared).filteredOn(statement -> statement.contains("websearch_to_tsquery"))
      .as("the search, prepared once on the only connection and reused")
      .singleElement().satisfies(search -> assertThat(search.length()).isGreaterThan(2_048));
  }
}
