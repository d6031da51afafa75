package eu.urbis.forum;

import eu.urbis.support.Api;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static eu.urbis.forum.ForumApi.items;
import static eu.urbis.forum.ForumApi.ok;
import static org.assertj.core.api.Assertions.assertThat;

class ForumBoardListingTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();
  private static final ForumApi forum = new ForumApi(api);
  private static String mentor;
  private static String moderator;

  @BeforeAll
  static void setUp() {
    mentor = api.newUserWithRole("lister", "mentor").getString("token");
    moderator = api.newUserWithRole("pinner", "moderator").getString("token");
  }

  private static String thread(String board, String title, String... tags) {
    JsonObject draft = new JsonObject().put("title", title).put("body", "About " + title).put("tags", new JsonArray(List.of(tags)));
    return forum.startThread(mentor, board, draft).getJsonObject("thread").getString("id");
  }

  private static List<String> titles(JsonArray threads) {
    return threads.stream().map(thread -> ((JsonObject) thread).getString("title")).toList();
  }

  @Test
  void pinnedThreadsComeFirstThenTheMostRecentlyActive() {
    String board = forum.board("everyone");
    String old = thread(board, "Old news");
    String pinned = thread(board, "House rules");
    thread(board, "Fresh topic");
    forum.reply(mentor, old, "Bumping this", null);
    ok(api.patch("/api/threads/" + pinned, new JsonObject().put("pinned", true), moderator));

    assertThat(titles(items(api.get("/api/boards/" + board + "/threads", mentor)))).containsExactly("House rules", "Old news", "Fresh topic");
  }

  @Test
  void pagesOfABoardFollowEachOtherWithoutGapsOrRepeats() {
    String board = forum.board("everyone");
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      expected.add(0, "Topic number " + i);
      thread(board, "Topic number " + i);
    }
    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      JsonObject page = ok(api.get("/api/boards/" + board + "/threads?limit=3" + (cursor == null ? "" : "&cursor=" + cursor), mentor));
      seen.addAll(titles(page.getJsonArray("items")));
      cursor = page.getString("next");
    } while (cursor != null);
    assertThat(seen).isEqualTo(expected);
  }

  @Test
  void threadsFilterByTagAndKind() {
    String board = forum.board("everyone");
    thread(board, "Bus lanes", "mobility", "transport");
    thread(board, "Budget lines", "funding");
    JsonObject practice = new JsonObject().put("title", "Open data portal").put("body", "How we did it").put("kind", "practice")
      .put("tags", new JsonArray().add("mobility"))
      .put("practice", new JsonObject().put("cityId", "gabrovo").put("theme", "open-data").put("summary", "A portal")
        .put("outcomes", "Forty data sets").put("links", new JsonArray().add("https://example.org")));
    forum.startThread(mentor, board, practice);

    assertThat(titles(items(api.get("/api/boards/" + board + "/threads?tag=mobility", mentor)))).containsExactly("Open data portal", "Bus lanes");
    assertThat(titles(items(api.get("/api/boards/" + board + "/threads?kind=practice", mentor)))).containsExactly("Open data portal");
    assertThat(titles(items(api.get("/api/boards/" + board + "/threads?kind=discussion&tag=mobility", mentor)))).containsExactly("Bus lanes");
  }

  @Test
  void aThreadShowsEveryFieldOfTheContract() {
    String board = forum.board("everyone");
    JsonObject draft = new JsonObject().put("title", "Smart lighting").put("body", "We replaced 4,000 lamps").put("kind", "practice")
      .put("tags", new JsonArray().add("energy").add("energy"))
      .put("practice", new JsonObject().put("cityId", "lyon").put("theme", "energy-environment").put("summary", "LED street lights")
        .put("outcomes", "Half the energy").put("links", new JsonArray().add("https://example.org/lamps")));
    JsonObject started = forum.startThread(mentor, board, draft);
    JsonObject thread = forum.thread(mentor, started.getJsonObject("thread").getString("id"));

    assertThat(thread.fieldNames()).containsExactlyInAnyOrder("id", "boardId", "title", "kind", "author", "createdAt", "lastPostAt",
      "postCount", "pinned", "locked", "tags", "practice", "audience", "files", "can", "unread", "watch");
    assertThat(thread.getJsonObject("author").fieldNames()).containsExactlyInAnyOrder("id", "username", "displayName", "cityId", "role");
    assertThat(thread.getJsonArray("tags")).containsExactly("energy");
    JsonObject practice = thread.getJsonObject("practice");
    draft.getJsonObject("practice").forEach(field -> assertThat(practice.getValue(field.getKey())).as(field.getKey()).isEqualTo(field.getValue()));
    // the v2 review and adoption fields, as a new practice has them
    assertThat(practice.getString("status")).isEqualTo("draft");
    assertThat(practice.fieldNames()).contains("evidence", "reviewer", "transferability", "lessons", "adoptions");
    assertThat(started.getJsonObject("post").fieldNames()).containsExactlyInAnyOrder("id", "threadId", "parentId", "depth", "author", "body",
      "html", "createdAt", "editedAt", "deleted", "language", "reactions", "files", "can");
  }

  @Test
  void aDiscussionHasNoPractice() {
    String board = forum.board("everyone");
    JsonObject thread = forum.thread(mentor, thread(board, "Just talking"));
    assertThat(thread.getString("kind")).isEqualTo("discussion");
    assertThat(thread.containsKey("practice")).isTrue();
    assertThat(thread.getValue("practice")).isNull();
  }

  @Test
  void boardsAreListedWithTheirPolicyAndCount() {
    String board = forum.board("mentors");
    thread(board, "Mentors talk");
    JsonObject listed = items(api.get("/api/boards", mentor)).stream().map(JsonObject.class::cast)
      .filter(item -> item.getString("id").equals(board)).findFirst().orElseThrow();
    assertThat(listed.fieldNames()).containsExactlyInAnyOrder("id", "slug", "name", "description", "postPolicy", "threadCount", "unread",
      "watch");
    assertThat(listed.getString("postPolicy")).isEqualTo("mentors");
    assertThat(listed.getInteger("threadCount")).isEqualTo(1);
  }

  @Test
  void theThemeTaxonomyIsListedInOrder() {
    JsonArray themes = items(api.get("/api/themes"));
    assertThat(themes).hasSize(10);
    assertThat(themes.getJsonObject(0)).isEqualTo(new JsonObject().put("id", "digital-government").put("name", "Digital government & e-services"));
  }
}
