package eu.urbis.ui;

import eu.urbis.forum.ForumApi;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole tasks done with the keyboard alone: Tab, Enter and typing, never a click. */
class UiKeyboardTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final ForumApi forum = new ForumApi(server.api());
  private static String boardId;

  @BeforeAll
  static void setUp() {
    boardId = forum.board("everyone");
  }

  private static String thread(JsonObject author, String title, String body) {
    return forum.startThread(author.getString("token"), boardId, title, body).getJsonObject("thread").getString("id");
  }

  /** B16: Reply puts the cursor in the box, and after posting the focus is on the new post. */
  @Test
  void replyWithTheKeyboardAndLandOnTheNewPost() {
    JsonObject member = server.api().newMember("typist");
    String thread = thread(member, "Keyboard-only reply", "Can you reply without a mouse?");
    try (Browser browser = Browser.open(server.port())) {
      browser.logIn(member).go("#/threads/" + thread);
      browser.find("thread-view .reply-form");
      browser.tabTo("li.depth-0 post-item .post-actions button:first-child", 60).sendKeys(Keys.ENTER);
      browser.waitUntil(() -> browser.focused("li.depth-0 .reply-form textarea"));

      browser.press("Yes, like this.");
      browser.tabTo("li.depth-0 .reply-form button[type=submit]", 3).sendKeys(Keys.ENTER);
      browser.waitUntil(() -> browser.focused("li.depth-1 article.post"));
      assertThat(browser.driver().switchTo().activeElement().getText()).contains("Yes, like this.");
    }
  }

  /** B16: the thread's skip link goes straight to the reply box at the end. */
  @Test
  void theThreadsSkipLinkReachesTheReplyBox() {
    JsonObject member = server.api().newMember("skipper");
    String thread = thread(member, "Long thread", "Many replies below.");
    try (Browser browser = Browser.open(server.port())) {
      browser.logIn(member).go("#/threads/" + thread);
      browser.find("thread-view .closing-reply");
      browser.tabTo("thread-view .skip-link", 5).sendKeys(Keys.ENTER);
      browser.waitUntil(() -> browser.focused("thread-view .closing-reply textarea"));
    }
  }

  @Test
  void reactWithTheKeyboard() {
    JsonObject member = server.api().newMember("reactor");
    String thread = thread(member, "Keyboard reaction", "React to me.");
    try (Browser browser = Browser.open(server.port())) {
      browser.logIn(member).go("#/threads/" + thread);
      browser.tabTo("li.depth-0 post-item .reaction-picker summary", 60).sendKeys(Keys.ENTER);
      browser.tabTo("li.depth-0 post-item .reaction-choices button[data-code='+1']", 3).sendKeys(Keys.ENTER);
      browser.find("li.depth-0 post-item .reactions > button.reaction[data-code='+1'][aria-pressed='true']");
    }
  }

  @Test
  void searchAndOpenAResultWithTheKeyboard() {
    JsonObject member = server.api().newMember("seeker");
    thread(member, "Hydrofoil ferries", "Hydrofoil ferries cross the bay in ten minutes.");
    try (Browser browser = Browser.open(server.port())) {
      browser.logIn(member).go("");
      browser.find("board-list .card");
      browser.tabTo("#search-q", 10);
      browser.press("hydrofoil", Keys.ENTER);
      browser.find("search-view .result");
      browser.tabTo("search-view .result a", 60).sendKeys(Keys.ENTER);
      assertThat(browser.waitForText("thread-view h1", "Hydrofoil").getText()).isEqualTo("Hydrofoil ferries");
    }
  }

  /** B12: a moderator deletes a reported post with the keyboard: confirm, and a note that is kept. */
  @Test
  void moderateAReportWithTheKeyboard() {
    JsonObject author = server.api().newMember("seller");
    JsonObject reporter = server.api().newMember("reporter");
    JsonObject moderator = server.api().newUserWithRole("mod", "moderator");
    JsonObject started = forum.startThread(author.getString("token"), boardId, "Buy my sensors", "Cheap sensors, DM me.");
    String post = started.getJsonObject("post").getString("id");
    server.api().post("/api/reports", new JsonObject().put("targetType", "post").put("targetId", post).put("reason", "Advert"),
      reporter.getString("token"));
    try (Browser browser = Browser.open(server.port())) {
      browser.logIn(moderator).go("#/moderation");
      browser.find("report-queue .report");
      browser.tabTo("report-queue .report button.danger", 60).sendKeys(Keys.ENTER);
      browser.waitUntil(() -> browser.focused("report-queue .confirm-delete textarea"));
      browser.press("Advert for a vendor");
      browser.tabTo("report-queue .confirm-delete button[type=submit]", 3).sendKeys(Keys.ENTER);
      browser.waitUntilGone("report-queue .report");
    }
    JsonObject resolved = ForumApi.items(server.api().get("/api/moderation/reports?status=resolved", moderator.getString("token")))
      .stream().map(JsonObject.class::cast).filter(report -> report.getString("targetId").equals(post)).findFirst().orElseThrow();
    assertThat(resolved.getString("resolution")).isEqualTo("delete");
    assertThat(resolved.getString("note")).isEqualTo("Advert for a vendor");
  }
}
