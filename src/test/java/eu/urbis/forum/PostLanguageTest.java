package eu.urbis.forum;

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

import static eu.urbis.forum.ForumApi.items;
import static eu.urbis.forum.ForumApi.ok;
import static eu.urbis.support.ProblemAssert.assertFieldError;
import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/** B5: a post is indexed in the language it is written in, detected or chosen by its author, not its city's. */
class PostLanguageTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();
  private static final ForumApi forum = new ForumApi(api);
  private static String bulgarian;
  private static String danish;
  private static String board;

  @BeforeAll
  static void setUp() {
    bulgarian = forum.memberIn("gabrovets", "gabrovo").getString("token");
    danish = forum.memberIn("aarhusian", "aarhus").getString("token");
    board = forum.board("everyone");
  }

  private static JsonArray search(String query) {
    return items(api.get("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), bulgarian));
  }

  private static String lang(String postId) {
    return Db.rows(server, "SELECT lang::text FROM posts WHERE id = $1", Long.parseLong(postId)).get(0).getString(0);
  }

  @Test
  void englishWrittenInADanishCityIsStemmedAsEnglish() {
    JsonObject post = forum.startThread(danish, board, "Night buses", "Our city added three night buses on the main streets last winter.")
      .getJsonObject("post");

    assertThat(post.getString("language")).isEqualTo("en");
    assertThat(lang(post.getString("id"))).isEqualTo("english");
    assertThat(search("street")).hasSize(1);
    assertThat(search("winters")).hasSize(1);
  }

  @Test
  void aFewWordsFallBackToTheAuthorsCityLanguage() {
    JsonObject thread = forum.startThread(danish, board, "Tak", "Tak!").getJsonObject("thread");
    JsonObject reply = forum.reply(danish, thread.getString("id"), "OK", null);

    assertThat(reply.getString("language")).isNull();
    assertThat(lang(reply.getString("id"))).isEqualTo("danish");
  }

  @Test
  void theAuthorsChoiceWinsOverDetectionAndSurvivesAnEdit() {
    JsonObject draft = new JsonObject().put("title", "Bibliotheken").put("language", "de")
      .put("body", "Libraries: the Bibliotheken of Dortmund open on Sundays.");
    JsonObject post = forum.startThread(danish, board, draft).getJsonObject("post");
    assertThat(post.getString("language")).isEqualTo("de");
    assertThat(lang(post.getString("id"))).isEqualTo("german");

    JsonObject edited = ok(api.patch("/api/posts/" + post.getString("id"),
      new JsonObject().put("body", "Libraries: the Bibliotheken of Dortmund now open on Sundays too."), danish));
    assertThat(edited.getString("language")).isEqualTo("de");

    JsonObject detectedAgain = ok(api.patch("/api/posts/" + post.getString("id"),
      new JsonObject().put("body", "Libraries in Dortmund now open on Sundays, and so do the museums.").putNull("language"), danish));
    assertThat(detectedAgain.getString("language")).isEqualTo("en");
  }

  @Test
  void theTitleIsSearchedInItsOpeningPostsLanguage() {
    forum.startThread(danish, board, "Charging stations for electric cars",
      "We installed charging stations in every district and people use them.");

    assertThat(search("station")).extracting(hit -> ((JsonObject) hit).getJsonObject("thread").getString("title"))
      .contains("Charging stations for electric cars");
  }

  @Test
  void anUnknownLanguageIsRefusedAndNothingIsWritten() {
    long before = Db.count(server, "SELECT count(*) FROM posts");
    JsonObject draft = new JsonObject().put("title", "Klingon").put("body", "Qapla'").put("language", "tlh");

    assertFieldError(api.post("/api/boards/" + board + "/threads", draft, danish), "language");
    assertFieldError(api.post("/api/boards/" + board + "/threads", draft.put("language", 5), danish), "language");
    assertThat(Db.count(server, "SELECT count(*) FROM posts")).isEqualTo(before);
  }

  @Test
  void postsWrittenBeforeDetectionAreReindexedInTheirLanguage() {
    JsonObject post = forum.startThread(danish, board, "Old cycling lanes", "The old cycling lanes along the harbour were widened.")
      .getJsonObject("post");
    // the state migration V30 leaves a post written before it: indexed in its author's city language, no plain text
    // (Danish stems "widened" to itself and "widen" to "wid": only an English index joins them)
    Db.rows(server, "UPDATE posts SET lang = 'danish', language = NULL, plain = NULL WHERE id = $1", Long.parseLong(post.getString("id")));
    Db.rows(server, "UPDATE threads SET lang = 'danish' WHERE opening_post_id = $1", Long.parseLong(post.getString("id")));
    assertThat(search("widen")).isEmpty();

    int reindexed = await(server.app().services().forum().reindexing().run());

    assertThat(reindexed).isEqualTo(1);
    assertThat(lang(post.getString("id"))).isEqualTo("english");
    assertThat(search("widen")).hasSize(1);
    assertThat(search("cycling lane").getJsonObject(0).getJsonObject("thread").getString("title")).isEqualTo("Old cycling lanes");
  }
}
