package eu.urbis.search;

import eu.urbis.forum.ForumApi;
import eu.urbis.support.Api;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.time.ZoneOffset;

import static eu.urbis.forum.ForumApi.items;
import static eu.urbis.support.ProblemAssert.assertFieldError;
import static org.assertj.core.api.Assertions.assertThat;

/** B5 and the search part of F2: one row per thread, plain-text snippets over a bounded prefix, a page cap, dates. */
class SearchResultsTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();
  private static final ForumApi forum = new ForumApi(api);
  private static String token;
  private static String board;

  @BeforeAll
  static void setUp() {
    token = forum.memberIn("searcher", "gabrovo").getString("token");
    board = forum.board("everyone");
  }

  private static JsonArray search(String query) {
    return items(api.get("/api/search?" + query, token));
  }

  @Test
  void aThreadIsOneResultWithItsBestMatchingPostsUnderIt() {
    String thread = forum.startThread(token, board, "Hello from Gabrovo", "Hello, we are the Gabrovo team and we love our museums.")
      .getJsonObject("thread").getString("id");
    for (int i = 0; i < 4; i++) {
      forum.reply(token, thread, "Another word about our museums, number " + i + ".", null);
    }

    JsonArray hits = search("q=museum");

    assertThat(hits).hasSize(1);
    JsonObject hit = hits.getJsonObject(0);
    assertThat(hit.getJsonObject("thread").getString("id")).isEqualTo(thread);
    assertThat(hit.getJsonArray("matches")).hasSize(3);
    assertThat(hit.getJsonObject("post").getString("id")).isEqualTo(hit.getJsonArray("matches").getJsonObject(0).getJsonObject("post").getString("id"));
  }

  @Test
  void theBestPostComesWholeAndEachMatchNamesItsPostByWhatAResultShows() {
    String thread = forum.startThread(token, board, "Harbour notes", "Our harbour cranes are being electrified.")
      .getJsonObject("thread").getString("id");
    String reply = forum.reply(token, thread, "The second crane of the harbour follows in spring.", null).getString("id");

    JsonObject hit = search("q=harbour").getJsonObject(0);

    assertThat(hit.getJsonObject("post").getString("body")).isNotEmpty();
    assertThat(hit.getJsonObject("post").getJsonObject("can")).isNotNull();
    JsonObject second = hit.getJsonArray("matches").getJsonObject(1).getJsonObject("post");
    assertThat(second.fieldNames()).containsExactlyInAnyOrder("id", "threadId", "author", "createdAt", "language");
    assertThat(second.getString("id")).isEqualTo(reply);
    assertThat(second.getString("threadId")).isEqualTo(thread);
    assertThat(second.getJsonObject("author").getString("username")).startsWith("searcher-");
  }

  @Test
  void snippetsShowThePlainTextNotTheMarkdown() {
    forum.startThread(token, board, "Themes", "Our focus: **Smart mobility** and [open data](https://example.org/data) for `everyone`.");

    String snippet = search("q=mobility").getJsonObject(0).getString("snippet");

    assertThat(snippet).contains("<mark>mobility</mark>").doesNotContain("**").doesNotContain("`").doesNotContain("](");
  }

  @Test
  void aLongPostIsFoundByAWordPastTheSnippetPrefixAndItsSnippetStaysShort() {
    String filler = "The council met again to discuss the budget of the coming year in detail. ".repeat(600);
    forum.startThread(token, board, "Minutes of the year", filler + "At the very end they approved the aquarium.");

    JsonObject hit = search("q=aquarium").getJsonObject(0);

    assertThat(hit.getJsonObject("thread").getString("title")).isEqualTo("Minutes of the year");
    assertThat(hit.getString("snippet")).hasSizeLessThan(600).doesNotContain("<mark>");
  }

  @Test
  void aPageHoldsAtMostTwentyFiveThreadsWhateverTheLimitAsks() {
    for (int i = 0; i < 27; i++) {
      forum.startThread(token, board, "Lantern report " + i, "The lanterns of street " + i + " were repaired.");
    }

    JsonObject page = ForumApi.ok(api.get("/api/search?q=lantern&limit=100", token));

    assertThat(page.getJsonArray("items")).hasSize(SearchQuery.MAX_THREADS);
    assertThat(page.getString("next")).isNotNull();
    assertThat(items(api.get("/api/search?q=lantern&limit=100&cursor=" + page.getString("next"), token))).hasSize(2);
  }

  @Test
  void datesNarrowTheResultsAndBadDatesAreRefused() {
    forum.startThread(token, board, "Observatory", "The observatory opens for schools.");
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();

    assertThat(search("q=observatory&since=" + today + "&until=" + today)).hasSize(1);
    assertThat(search("q=observatory&since=" + tomorrow)).isEmpty();
    assertThat(search("q=observatory&until=" + LocalDate.now(ZoneOffset.UTC).minusDays(1))).isEmpty();
    assertFieldError(api.get("/api/search?q=observatory&since=yesterday", token), "since");
    assertFieldError(api.get("/api/search?q=observatory&since=" + tomorrow + "&until=" + today, token), "until");
  }
}
