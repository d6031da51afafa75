package eu.urbis.forum;

import eu.urbis.app.DemoAccounts;
import eu.urbis.support.Api;
import eu.urbis.support.ServerExtension;
import eu.urbis.user.UserRepository;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static eu.urbis.forum.ForumApi.items;
import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

class ForumDemoTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start(config -> config.put("demo", true));
  private static final Api api = server.api();
  private static String token;

  @BeforeAll
  static void setUp() {
    token = api.post("/api/auth/login", new JsonObject().put("username", "member").put("password", DemoAccounts.PASSWORD))
      .bodyAsJsonObject().getString("token");
  }

  private static List<JsonObject> boards() {
    return items(api.get("/api/boards", token)).stream().map(JsonObject.class::cast).toList();
  }

  private static JsonArray threadsOf(JsonObject board) {
    return items(api.get("/api/boards/" + board.getString("id") + "/threads?limit=100", token));
  }

  @Test
  void theIssuesBoardsExistWithBestPracticesForMentors() {
    assertThat(boards().stream().map(board -> board.getString("name"))).containsExactly(
      "Introductions", "Best practices", "Digital government", "Smart mobility", "Skills & inclusion", "Funding & procurement", "Help desk");
    assertThat(boards().stream().filter(board -> board.getString("postPolicy").equals("mentors")).map(board -> board.getString("slug")))
      .containsExactly("best-practices");
  }

  @Test
  void everyBoardHasThreadsByDemoUsersOfDifferentCities() {
    Set<String> cities = boards().stream()
      .peek(board -> assertThat(threadsOf(board).size()).isGreaterThanOrEqualTo(2).isEqualTo(board.getInteger("threadCount")))
      .flatMap(board -> threadsOf(board).stream())
      .map(thread -> ((JsonObject) thread).getJsonObject("author").getString("cityId"))
      .collect(Collectors.toSet());
    assertThat(cities).hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  void thereIsOneBestPracticePerTheme() {
    JsonObject practices = boards().stream().filter(board -> board.getString("slug").equals("best-practices")).findFirst().orElseThrow();
    List<String> themes = threadsOf(practices).stream()
      .map(thread -> ((JsonObject) thread).getJsonObject("practice").getString("theme"))
      .toList();
    List<String> taxonomy = items(api.get("/api/themes")).stream().map(theme -> ((JsonObject) theme).getString("id")).toList();
    assertThat(themes).containsExactlyInAnyOrderElementsOf(taxonomy);
  }

  @Test
  void demoRepliesFormATree() {
    JsonObject intro = threadsOf(boards().get(0)).stream().map(JsonObject.class::cast)
      .filter(thread -> thread.getString("title").equals("Hello from Gabrovo")).findFirst().orElseThrow();
    JsonArray posts = items(api.get("/api/threads/" + intro.getString("id") + "/posts", token));
    assertThat(posts.stream().map(post -> ((JsonObject) post).getInteger("depth")).toList()).containsExactly(0, 1, 2, 0);
    assertThat(intro.getInteger("postCount")).isEqualTo(4);
  }

  @Test
  void theDemoIsWrittenOnlyOnce() {
    var services = server.app().services();
    boolean again = await(ForumDemo.seed(server.vertx(), services.pool(), services.forum(), new UserRepository()));
    assertThat(again).isFalse();
    assertThat(boards()).hasSize(7);
  }
}
