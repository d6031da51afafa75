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
  private static final ForumApi forum = new ForumApi(server.api());
  private static String boardId;
  private static JsonObject mentor;

  @BeforeAll
  static void setUp() {
    boardId = forum.board("everyone");
    mentor = server.api().newUserWithRole("mentor", "mentor");
  }

  private static String practice(String title) {
    return forum.startThread(mentor.getString("token"), boardId, new JsonObject()
      .put("title", title).put("body", "How we did it").put("kind", "practice")
      .put("practice", new JsonObject().put("cityId", "gabrovo").put("theme", "open-data")
        .put("summary", "A portal").put("outcomes", "Forty data sets")))
      .getJsonObject("thread").getString("id");
  }

  /** B6: the badge of a practice row is a badge, not the practice card's full-width grid. */
  @Test
  void thePracticeBadgeIsOnlyAsWideAsItsText() {
    practice("Open data portal");
    try (Browser browser = Browser.open(server.port())) {
      browser.logIn(mentor).go("#/boards/" + boardId);
      var badge = browser.find("board-view .thread-row .badge.practice");
      assertThat(badge.getSize().getWidth()).isLessThan(150);
      assertThat(badge.getCssValue("display")).isEqualTo("inline-block");
    }
  }

  /** B18: a view opened from far down another starts at its top; Back returns to where the reader was. */
  @Test
  void aViewOpenedByALinkStartsAtTheTopAndBackReturnsToTheOldPosition() {
    String thread = practice("Street lighting, smartly");
    for (int i = 0; i < 6; i++) {
      forum.reply(mentor.getString("token"), thread, "Reply number " + i + " with a few words.", null);
    }
    try (Browser browser = Browser.open(server.port())) {
      browser.size(1280, 420).logIn(mentor).go("#/practices");
      browser.find("practices-view .thread-row");
      long bottom = ((Number) browser.script("window.scrollTo(0, document.documentElement.scrollHeight); return window.scrollY")).longValue();
      assertThat(bottom).isGreaterThan(100);
      browser.waitUntilScrollSaved(bottom);

      browser.script("document.querySelector(`practices-view a[href='#/threads/" + thread + "']`).click()");
      browser.waitForText("thread-view h1", "Street lighting");
      browser.find("thread-view .reply-form");
      assertThat(((Number) browser.script("return window.scrollY")).longValue()).isZero();

      browser.driver().navigate().back();
      browser.find("practices-view .thread-row");
      browser.waitUntil(() -> ((Number) browser.script("return window.scrollY")).longValue() == bottom);
    }
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

  private static JsonObject discussion(JsonObject author, String title, String body) {
    return forum.startThread(author.getString("token"), boardId, title, body);
  }

  /** B10: "(edited)" opens the post's earlier versions. */
  @Test
  void editedOpensThePostsEarlierVersions() {
    JsonObject author = server.api().newMember("editor");
    JsonObject started = discussion(author, "Tram timetable", "Trams every 12 minutes.");
    String post = started.getJsonObject("post").getString("id");
    server.api().patch("/api/posts/" + post, new JsonObject().put("body", "Trams every 10 minutes."), author.getString("token"));
    try (Browser browser = Browser.open(server.port())) {
      browser.logIn(author).go("#/threads/" + started.getJsonObject("thread").getString("id"));
      browser.click("li.depth-0 post-item button.edited");
      assertThat(browser.find("li.depth-0 post-item .post-history .history-body").getText()).isEqualTo("Trams every 12 minutes.");
      assertThat(browser.find("li.depth-0 post-item button.edited").getDomAttribute("aria-expanded")).isEqualTo("true");
    }
  }

  /** B15: who reacted is one click away, and after a reload a click on my reaction takes it back. */
  @Test
  void reactionsSayWhoReactedAndMyOwnIsTakenBackAfterAReload() {
    JsonObject author = server.api().newMember("poster");
    JsonObject reader = server.api().newMember("fan");
    JsonObject started = discussion(author, "Cycle parking", "Two hundred new stands.");
    String post = started.getJsonObject("post").getString("id");
    server.api().put("/api/posts/" + post + "/reactions/%2B1", author.getString("token"));
    server.api().put("/api/posts/" + post + "/reactions/%2B1", reader.getString("token"));
    String mine = "li.depth-0 post-item .reactions > button.reaction[data-code='+1']";
    try (Browser browser = Browser.open(server.port())) {
      browser.logIn(reader).go("#/threads/" + started.getJsonObject("thread").getString("id"));
      assertThat(browser.find(mine).getDomAttribute("aria-pressed")).isEqualTo("true");
      assertThat(browser.find(mine).getText()).contains("2");
      browser.click("li.depth-0 post-item button.who-reacted");
      assertThat(browser.find("li.depth-0 post-item .reactors").getText())
        .contains(author.getJsonObject("user").getString("displayName"), reader.getJsonObject("user").getString("displayName"));

      browser.driver().navigate().refresh();
      browser.click(mine);
      browser.waitUntil(() -> "false".equals(browser.find(mine).getDomAttribute("aria-pressed")));
      assertThat(browser.find(mine).getText()).contains("1");
    }
  }

  /** B22: a post's header names the author's city and links to it. */
  @Test
  void aPostHeaderNamesTheAuthorsCity() {
    JsonObject author = forum.memberIn("Lyonnaise", "lyon");
    JsonObject started = discussion(author, "Bus stops", "Shelters with benches.");
    try (Browser browser = Browser.open(server.port())) {
      browser.logIn(author).go("#/threads/" + started.getJsonObject("thread").getString("id"));
      var city = browser.waitForText("li.depth-0 post-item .post-head a.city", "Lyon");
      assertThat(city.getText()).isEqualTo("Lyon");
      assertThat(city.getDomAttribute("href")).isEqualTo("#/practices?city=lyon");
    }
  }

  /** B21, B24: an unknown board or thread says so once, and offers nothing to do there. */
  @Test
  void anUnknownBoardOrThreadSaysSoOnceWithoutActions() {
    JsonObject member = server.api().newMember("lost");
    try (Browser browser = Browser.open(server.port())) {
      browser.logIn(member).go("#/threads/999999");
      browser.find("thread-view .problem");
      assertThat(browser.all("thread-view .problem")).hasSize(1);
      assertThat(browser.all("thread-view .reply-form, thread-view .sentinel")).isEmpty();

      browser.go("#/boards/999999");
      browser.find("board-view .problem");
      assertThat(browser.all("board-view .problem")).hasSize(1);
      assertThat(browser.all("board-view a.button, board-view #kind-filter, board-view .sentinel")).isEmpty();
    }
  }

  /** B21, B25: offline, a thread says so once with a Retry button; back online, it loads without a reload. */
  @Test
  void aThreadOpenedOfflineSaysSoOnceAndLoadsByItselfWhenTheConnectionIsBack() {
    JsonObject member = server.api().newMember("commuter");
    JsonObject started = discussion(member, "Ferry lines", "A new pier opens.");
    try (Browser browser = Browser.open(server.port())) {
      browser.logIn(member).go("#/boards/" + boardId);
      browser.find("board-view .thread-row");
      browser.network(false);
      browser.script("location.hash = '#/threads/" + started.getJsonObject("thread").getString("id") + "'");
      browser.waitForText("thread-view .problem", "cannot be reached");
      assertThat(browser.all("thread-view .problem")).hasSize(1);
      assertThat(browser.find("thread-view problem-retry button").getText()).isEqualTo("Retry");

      browser.network(true);
      assertThat(browser.waitForText("thread-view h1", "Ferry lines").getText()).isEqualTo("Ferry lines");
      assertThat(browser.all("thread-view .problem")).isEmpty();
    }
  }

  /** B30: a wrong practice link is named, and links are split on lines, as the hint says. */
  @Test
  void aWrongPracticeLinkIsNamed() {
    try (Browser browser = Browser.open(server.port())) {
      browser.logIn(mentor).go("#/boards/" + boardId + "/new?kind=practice");
      browser.type("#thread-title", "Shared e-scooters")
        .type("thread-form md-composer textarea", "Our pilot.")
        .select("#practice-city", "gabrovo")
        .select("#practice-theme", "open-data")
        .type("#practice-summary", "A pilot").type("#practice-outcomes", "Fewer cars")
        .type("#practice-links", "https://example.org/pilot\nsee the city website");
      browser.click("thread-form button[type=submit]");
      assertThat(browser.find("#practice-links-error").getText()).contains("“see the city website”");
    }
  }

  /** B23: the side navigation counts a thread as soon as it is published. */
  @Test
  void theSideNavCountsAThreadAsSoonAsItIsPublished() {
    JsonObject member = server.api().newMember("counter");
    String count = "side-nav a[href='#/boards/" + boardId + "'] .count";
    try (Browser browser = Browser.open(server.port())) {
      browser.logIn(member).go("#/boards/" + boardId + "/new");
      int before = Integer.parseInt(browser.find(count).getText());
      browser.type("#thread-title", "Car-free Sundays").type("thread-form md-composer textarea", "Who has tried them?");
      browser.click("thread-form button[type=submit]");
      browser.waitForText("thread-view h1", "Car-free Sundays");
      browser.waitForText(count, Integer.toString(before + 1));
    }
  }
}
