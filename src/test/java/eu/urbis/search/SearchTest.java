package eu.urbis.search;

import eu.urbis.forum.ForumApi;
import eu.urbis.support.Api;
import eu.urbis.support.Db;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static eu.urbis.forum.ForumApi.items;
import static eu.urbis.forum.ForumApi.ok;
import static eu.urbis.support.ProblemAssert.assertFieldError;
import static eu.urbis.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class SearchTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();
  private static final ForumApi forum = new ForumApi(api);
  private static String german;
  private static String french;
  private static String spanish;
  private static String bulgarian;
  private static String board;
  private static String otherBoard;

  @BeforeAll
  static void setUp() {
    german = forum.memberIn("dortmunder", "dortmund").getString("token");
    french = forum.memberIn("lyonnais", "lyon").getString("token");
    spanish = forum.memberIn("malagueno", "malaga").getString("token");
    bulgarian = forum.memberIn("gabrovets", "gabrovo").getString("token");
    board = forum.board("everyone");
    otherBoard = forum.board("everyone");
    forum.startThread(german, board, "Neue Wege für den Verkehr", "Die Städte bauen sichere Radwege und mehr Ladestationen.");
    forum.startThread(french, board, "Services en ligne", "Nos bibliothèques numériques ouvrent leurs collections aux habitants.");
    forum.startThread(spanish, otherBoard, "Movilidad urbana", "Las bicicletas compartidas cambiaron la ciudad.");
  }

  private static JsonArray search(String token, String query) {
    return items(api.get("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), token));
  }

  private static List<String> threadTitles(JsonArray hits) {
    return hits.stream().map(hit -> ((JsonObject) hit).getJsonObject("thread").getString("title")).toList();
  }

  @Test
  void aGermanInflectedFormFindsTheGermanPost() {
    assertThat(threadTitles(search(bulgarian, "Radweg"))).containsExactly("Neue Wege für den Verkehr");
    assertThat(threadTitles(search(bulgarian, "Ladestation"))).containsExactly("Neue Wege für den Verkehr");
  }

  @Test
  void aFrenchInflectedFormFindsTheFrenchPost() {
    assertThat(threadTitles(search(bulgarian, "bibliothèque numérique"))).containsExactly("Services en ligne");
  }

  @Test
  void aSpanishInflectedFormFindsTheSpanishPost() {
    assertThat(threadTitles(search(bulgarian, "bicicleta compartida"))).containsExactly("Movilidad urbana");
  }

  @Test
  void aPostWithoutAStemmerIsFoundByItsExactWords() {
    forum.startThread(bulgarian, board, "Габрово пита", "Общината отвори нов център за иновации.");
    assertThat(threadTitles(search(german, "иновации"))).containsExactly("Габрово пита");
  }

  @Test
  void titleHitsRankBeforeBodyHits() {
    forum.startThread(german, board, "Fahrplan der Straßenbahn", "Alles über Takt und Fahrplan, Fahrplan, Fahrplan, Fahrplan.");
    forum.startThread(german, board, "Parkgebühren", "Der neue Fahrplan kommt im Mai.");
    forum.startThread(german, board, "Allgemeines", "Fahrplan Fahrplan Fahrplan Fahrplan Fahrplan Fahrplan Fahrplan Fahrplan.");
    List<String> titles = threadTitles(search(german, "Fahrpläne"));
    assertThat(titles).hasSize(3);
    assertThat(titles.get(0)).isEqualTo("Fahrplan der Straßenbahn");
  }

  @Test
  void theSnippetIsEscapedWithTheMatchesMarked() {
    forum.startThread(german, board, "Markiert", "Wir <b onclick=\"x()\">testen</b> die Fernwärme & mehr.");
    JsonObject hit = search(german, "Fernwärme").getJsonObject(0);
    String snippet = hit.getString("snippet");
    assertThat(snippet).contains("<mark>Fernwärme</mark>").contains("&amp;");
    assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<").doesNotContain(">");
    assertThat(hit.getJsonObject("post").getString("body")).contains("Fernwärme");
  }

  @Test
  void filtersNarrowByBoardKindAndCity() {
    String query = "bicicletas OR Radwege OR bibliotheques";
    assertThat(threadTitles(search(german, query))).hasSize(3);
    assertThat(threadTitles(items(api.get("/api/search?q=Radwege&board=" + otherBoard, german)))).isEmpty();
    assertThat(threadTitles(items(api.get("/api/search?q=bicicletas&board=" + otherBoard, german)))).containsExactly("Movilidad urbana");
    assertThat(threadTitles(items(api.get("/api/search?q=Radwege&city=lyon", german)))).isEmpty();
    assertThat(threadTitles(items(api.get("/api/search?q=Radwege&city=dortmund", german)))).containsExactly("Neue Wege für den Verkehr");
    assertThat(threadTitles(items(api.get("/api/search?q=Radwege&kind=practice", german)))).isEmpty();
  }

  @Test
  void deletedPostsAreNotFound() {
    String post = forum.startThread(french, board, "Éphémère", "Un message sur les tramways électriques.").getJsonObject("post").getString("id");
    assertThat(search(french, "tramway")).hasSize(1);
    api.delete("/api/posts/" + post, french);
    assertThat(search(french, "tramway")).isEmpty();
  }

  @Test
  void pagesOfResultsNeitherRepeatNorSkipThreads() {
    List<String> threads = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      threads.add(forum.startThread(spanish, board, "Datos abiertos " + i, "Publicamos conjuntos de datos" + " datos".repeat(i) + ".")
        .getJsonObject("thread").getString("id"));
    }
    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      JsonObject page = ok(api.get("/api/search?q=conjuntos&limit=2" + (cursor == null ? "" : "&cursor=" + cursor), spanish));
      page.getJsonArray("items").forEach(hit -> seen.add(((JsonObject) hit).getJsonObject("thread").getString("id")));
      cursor = page.getString("next");
    } while (cursor != null);
    assertThat(seen).containsExactlyInAnyOrderElementsOf(threads);
  }

  /** A GIN pending list is read linearly by every search until vacuum merges it: six times the cost after 3,000 replies. */
  @Test
  void everyGinIndexTakesNewEntriesDirectlyWithoutAPendingList() {
    var withPendingList = Db.rows(server, """
      SELECT i.relname FROM pg_class i JOIN pg_am am ON am.oid = i.relam
      WHERE am.amname = 'gin' AND i.relnamespace = 'public'::regnamespace
        AND NOT coalesce(i.reloptions @> '{fastupdate=off}', false)""");
    long ginIndexes = Db.count(server, """
      SELECT count(*) FROM pg_class i JOIN pg_am am ON am.oid = i.relam
      WHERE am.amname = 'gin' AND i.relnamespace = 'public'::regnamespace""");

    assertThat(ginIndexes).isGreaterThanOrEqualTo(3);
    assertThat(withPendingList.size()).as("GIN indexes with a pending list").isZero();
  }

  @Test
  void aQueryIsRequiredAndFiltersAreChecked() {
    assertFieldError(api.get("/api/search", german), "q");
    assertFieldError(api.get("/api/search?q=", german), "q");
    assertFieldError(api.get("/api/search?q=x&kind=rant", german), "kind");
    assertFieldError(api.get("/api/search?q=x&board=abc", german), "board");
    assertFieldError(api.get("/api/search?q=x&cursor=e30", german), "cursor");
    assertProblem(api.get("/api/search?q=x"), 401);
  }

  @Test
  void searchSyntaxDoesNotBreakTheQuery() {
    assertThat(search(german, "\"Radwege\" -Auto OR (( ' ; DROP TABLE posts")).isNotNull();
    assertThat(search(german, "und")).isEmpty();
  }
}
