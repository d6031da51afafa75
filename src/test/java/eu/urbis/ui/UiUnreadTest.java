package eu.urbis.ui;

import eu.urbis.forum.ForumApi;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Unread state in the browser: counts on boards and thread rows, and opening a thread lands on the first unread post. */
class UiUnreadTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();

  @Test
  void aThreadRowCountsUnreadPostsAndOpeningTheThreadLandsOnTheFirstOfThem() {
    ForumApi forum = new ForumApi(server.api());
    String boardId = forum.board("everyone");
    JsonObject author = server.api().newMember("writer");
    JsonObject reader = server.api().newMember("reader");
    String thread = forum.startThread(author.getString("token"), boardId, "Street lighting", "LED or sodium?")
      .getJsonObject("thread").getString("id");
    String lastRead = null;
    for (int i = 0; i < 30; i++) {
      lastRead = forum.reply(author.getString("token"), thread, "Read reply " + i, null).getString("id");
    }
    assertThat(server.api().post("/api/threads/" + thread + "/read", new JsonObject().put("postId", lastRead), reader.getString("token"))
      .statusCode()).isEqualTo(204);
    String firstUnread = forum.reply(author.getString("token"), thread, "The first news since you read.", null).getString("id");
    for (int i = 0; i < 4; i++) {
      forum.reply(author.getString("token"), thread, "More news " + i, null);
    }

    try (Browser browser = Browser.open(server.port())) {
      browser.logIn(reader).go("#/");
      assertThat(browser.waitForText("board-list .card:has(a[href='#/boards/" + boardId + "']) .badge.unread", "1 with news").getText()).isEqualTo("1 with news");
      browser.go("#/boards/" + boardId);
      assertThat(browser.waitForText("board-view .thread-row .badge.unread", "5 unread").getText()).isEqualTo("5 unread");

      browser.click("board-view .thread-row a[href='#/threads/" + thread + "']");
      String landed = "thread-view li.first-unread[data-post='" + firstUnread + "']";
      assertThat(browser.find(landed).getText()).contains("Unread from here").contains("The first news since you read.");
      browser.waitUntil(() -> (Boolean) browser.script("const r = document.querySelector(arguments[0]).getBoundingClientRect();"
        + " return r.top >= 0 && r.bottom <= window.innerHeight;", landed));
      // the posts in view are saved as read, so the thread has fewer unread posts than before
      browser.waitUntil(() -> forum.thread(reader.getString("token"), thread).getLong("unread") < 5);
      browser.assertCleanConsole();
    }
  }

  @Test
  void markingABoardReadClearsItsCounts() {
    ForumApi forum = new ForumApi(server.api());
    String boardId = forum.board("everyone");
    JsonObject author = server.api().newMember("poster");
    JsonObject reader = server.api().newMember("skimmer");
    forum.startThread(author.getString("token"), boardId, "Bins", "Collection days?");
    try (Browser browser = Browser.open(server.port())) {
      browser.logIn(reader).go("#/boards/" + boardId);
      browser.waitForText("board-view .thread-row .badge.unread", "1 unread");
      browser.click("board-view button.mark-read");
      browser.waitUntilGone("board-view .thread-row .badge.unread");
      assertThat(server.api().get("/api/boards/" + boardId, reader.getString("token")).bodyAsJsonObject().getLong("unread")).isZero();
      browser.assertCleanConsole();
    }
  }
}
