package eu.urbis.ui;

import eu.urbis.forum.ForumApi;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class UiForumTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static String boardId;

  @BeforeAll
  static void setUp() {
    boardId = new ForumApi(server.api()).board("everyone");
  }

  @Test
  void aNewThreadAndANestedReplyAreShownInTheTree() {
    JsonObject member = server.api().newMember("writer");
    try (Browser browser = Browser.open(server.port())) {
      browser.logIn(member).go("#/boards/" + boardId);
      browser.clickLabelled("board-view", "New thread");
      browser.type("#thread-title", "Parking apps in small cities")
        .type("thread-form md-composer textarea", "Which apps do you **recommend**?")
        .type("#thread-tags", "mobility, parking");
      assertThat(browser.find("thread-form .preview strong").getText()).isEqualTo("recommend");
      browser.click("thread-form button[type=submit]");

      assertThat(browser.waitForText("thread-view h1", "Parking apps").getText()).isEqualTo("Parking apps in small cities");
      assertThat(browser.find("li.depth-0 post-item .rendered strong").getText()).isEqualTo("recommend");

      browser.clickLabelled("li.depth-0 post-item .post-actions", "Reply");
      browser.type("li.depth-0 .reply-form textarea", "We use ParkMe.").click("li.depth-0 .reply-form button[type=submit]");
      browser.waitForText("li.depth-1 post-item .rendered", "We use ParkMe.");

      browser.clickLabelled("li.depth-1 post-item .post-actions", "Reply");
      browser.type("li.depth-1 .reply-form textarea", "Does it work offline?").click("li.depth-1 .reply-form button[type=submit]");
      assertThat(browser.waitForText("li.depth-2 post-item .rendered", "Does it work offline?").isDisplayed()).isTrue();

      browser.driver().navigate().refresh();
      assertThat(browser.waitForText("li.depth-2 post-item .rendered", "Does it work offline?").isDisplayed()).isTrue();
      browser.assertCleanConsole();
    }
  }

  @Test
  void aLockByAModeratorTakesTheReplyBoxOffAPageThatIsAlreadyOpen() {
    JsonObject author = server.api().newMember("opener");
    JsonObject moderator = server.api().newUserWithRole("locker", "moderator");
    String thread = server.api().post("/api/boards/" + boardId + "/threads",
      new JsonObject().put("title", "Tram depots").put("body", "Who has one downtown?"), author.getString("token"))
      .bodyAsJsonObject().getJsonObject("thread").getString("id");
    try (Browser browser = Browser.open(server.port())) {
      browser.logIn(author).go("#/threads/" + thread);
      browser.find("section.thread[data-live] .reply-form textarea");
      var locked = server.api().patch("/api/threads/" + thread, new JsonObject().put("locked", true), moderator.getString("token"));
      assertThat(locked.statusCode()).as(locked.bodyAsString()).isEqualTo(200);

      assertThat(browser.waitForText("thread-view .locked-note", "This thread is locked.").isDisplayed()).isTrue();
      browser.waitUntilGone("thread-view .reply-form");
      assertThat(browser.all("li.depth-0 post-item .post-actions button")).noneMatch(button -> "Reply".equals(button.getText()));
      browser.assertCleanConsole();
    }
  }

  @Test
  void aReactionStaysPressedAfterAReload() {
    JsonObject author = server.api().newMember("author");
    JsonObject reader = server.api().newMember("reader");
    String thread = server.api().post("/api/boards/" + boardId + "/threads",
      new JsonObject().put("title", "Night buses").put("body", "We added four lines."), author.getString("token"))
      .bodyAsJsonObject().getJsonObject("thread").getString("id");
    String pressed = "li.depth-0 post-item .reactions > button.reaction[data-code='+1'][aria-pressed='true']";
    try (Browser browser = Browser.open(server.port())) {
      browser.logIn(reader).go("#/threads/" + thread);
      browser.click("li.depth-0 post-item .reaction-picker summary");
      browser.click("li.depth-0 post-item .reaction-choices button[data-code='+1']");
      assertThat(browser.find(pressed).getText()).contains("1");

      browser.driver().navigate().refresh();
      assertThat(browser.find(pressed).getAttribute("aria-label")).isEqualTo("Thumbs up reaction, 1");
      assertThat(browser.all("li.depth-0 post-item .reaction-choices button.reaction")).hasSize(10);
      browser.assertCleanConsole();
    }
  }

  @Test
  void anXssPayloadInAPostStaysText() {
    JsonObject member = server.api().newMember("mallory");
    String title = "<img src=x onerror=\"window.__pwned = 1\">";
    String body = "<script>window.__pwned = 2</script> <img src=x onerror=\"window.__pwned = 3\"> [click](javascript:window.__pwned=4)";
    try (Browser browser = Browser.open(server.port())) {
      browser.logIn(member).go("#/boards/" + boardId + "/new");
      browser.type("#thread-title", title).type("thread-form md-composer textarea", body);
      browser.find("thread-form .preview");
      browser.click("thread-form button[type=submit]");

      assertThat(browser.waitForText("thread-view h1", "onerror").getText()).isEqualTo(title);
      browser.find("post-item .rendered");
      assertThat(browser.all("thread-view script, thread-view img[onerror], thread-view a[href^='javascript']")).isEmpty();
      assertThat(browser.find("post-item .rendered").getText()).contains("<script>window.__pwned = 2</script>");
      assertThat(browser.script("return window.__pwned === undefined")).isEqualTo(true);
    }
  }
}
