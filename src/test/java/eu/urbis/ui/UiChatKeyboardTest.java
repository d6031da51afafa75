package eu.urbis.ui;

import eu.urbis.forum.ForumApi;
import eu.urbis.support.ChatClient;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Chat with the keyboard alone, and on a phone. */
class UiChatKeyboardTest {
  private static final int MOST_TABS = 60;

  @RegisterExtension
  static final ServerExtension server = ServerExtension.start(config -> config.put("rateLimits", new JsonObject().put("registrationsPerIp", 1000)));

  private static WebElement focused(Browser browser) {
    return browser.driver().switchTo().activeElement();
  }

  /** Presses Tab (or Shift+Tab) until the focused element matches the CSS selector; answers how many presses it took. */
  private static int tabTo(Browser browser, String css, boolean backwards) {
    for (int presses = 1; presses <= MOST_TABS; presses++) {
      new Actions(browser.driver()).sendKeys(backwards ? Keys.chord(Keys.SHIFT, Keys.TAB) : Keys.TAB.toString()).perform();
      if ((Boolean) browser.script("return document.activeElement.matches(arguments[0])", css)) {
        return presses;
      }
    }
    throw new AssertionError("no " + css + " within " + MOST_TABS + " Tabs");
  }

  private static void keys(Browser browser, CharSequence... keys) {
    new Actions(browser.driver()).sendKeys(keys).perform();
  }

  private static String seededRoom(JsonObject author, String name, int messages) {
    String room = ChatClient.newPublicRoom(server.api(), author.getString("token"), name);
    try (ChatClient client = ChatClient.authenticated(server, author.getString("token"))) {
      for (int i = 1; i <= messages; i++) {
        client.say(room, "message " + i);
      }
    }
    return room;
  }

  /** B16: only one message (with its actions) is in the tab order, so the composer is a few Tabs away. */
  @Test
  void theComposerIsAFewTabsFromTheTopOfALongRoom() {
    JsonObject ana = server.api().newMember("ana");
    String room = seededRoom(ana, "Long history", 12);
    try (Browser browser = Browser.open(server.port())) {
      browser.logIn(ana).go("#/rooms/" + room);
      browser.waitForText("room-view chat-message:last-of-type .rendered", "message 12");
      browser.script("document.querySelector('main').focus()");
      assertThat(tabTo(browser, "#chat-input", false)).isLessThanOrEqualTo(8);
    }
  }

  /** B16 and the keyboard flows: send, move between messages, edit (focus lands in the edit box). */
  @Test
  void aMessageIsSentMovedToAndEditedWithTheKeyboardAlone() {
    JsonObject ana = server.api().newMember("ana");
    String room = seededRoom(ana, "Keys", 2);
    try (Browser browser = Browser.open(server.port())) {
      browser.logIn(ana).go("#/rooms/" + room);
      browser.waitForText("room-view chat-message:last-of-type .rendered", "message 2");
      browser.script("document.querySelector('main').focus()");
      tabTo(browser, "#chat-input", false);
      keys(browser, "typed, not clicked", Keys.ENTER);
      browser.waitForText("room-view chat-message:last-of-type .rendered", "typed, not clicked");

      tabTo(browser, "room-view .chat-message[data-seq='3']", true);
      keys(browser, Keys.ARROW_UP);
      assertThat(focused(browser).getAttribute("data-seq")).isEqualTo("2");
      keys(browser, Keys.END);
      assertThat(focused(browser).getAttribute("data-seq")).isEqualTo("3");
      tabTo(browser, "room-view .chat-message[data-seq='3'] .message-actions button", false);
      assertThat(focused(browser).getText()).isEqualTo("Edit");
      keys(browser, Keys.ENTER);
      assertThat(focused(browser).getAttribute("id")).startsWith("edit-");
      focused(browser).sendKeys(Keys.chord(Keys.CONTROL, "a"), "typed and edited", Keys.ENTER);
      browser.waitForText("room-view chat-message:last-of-type", "(edited)");
      assertThat(browser.find("room-view chat-message:last-of-type .rendered").getText()).isEqualTo("typed and edited");
      assertThat(focused(browser).getAttribute("data-seq")).as("focus back on the message").isEqualTo("3");
      browser.assertCleanConsole();
    }
  }

  /** The keyboard flow for reacting to a post. */
  @Test
  void aPostIsReactedToWithTheKeyboardAlone() {
    ForumApi forum = new ForumApi(server.api());
    JsonObject author = server.api().newMember("author");
    JsonObject reader = server.api().newMember("reader");
    String thread = forum.startThread(author.getString("token"), forum.board("everyone"), "Night buses", "Four new lines.")
      .getJsonObject("thread").getString("id");
    try (Browser browser = Browser.open(server.port())) {
      browser.logIn(reader).go("#/threads/" + thread);
      browser.find("li.depth-0 post-item .reaction-picker summary");
      browser.script("document.querySelector('main').focus()");
      tabTo(browser, "li.depth-0 post-item .reaction-picker summary", false);
      keys(browser, Keys.ENTER);
      tabTo(browser, "li.depth-0 post-item .reaction-choices button[data-code='+1']", false);
      keys(browser, Keys.ENTER);
      assertThat(browser.find("li.depth-0 post-item .reactions > button.reaction[data-code='+1'][aria-pressed='true']").getText()).contains("1");
    }
  }

  /** B26 */
  @Test
  void onAPhoneTheMenuClosesOnEscapeAndOutsideAndLeadsToTheProfileAndTheOnlineList() {
    JsonObject ana = server.api().newMember("ana");
    String room = ChatClient.newPublicRoom(server.api(), ana.getString("token"), "Phones");
    try (Browser browser = Browser.open(server.port())) {
      browser.size(375, 800).logIn(ana).go("#/");
      browser.click("app-header .menu-toggle");
      browser.find("side-nav.open");
      keys(browser, Keys.ESCAPE);
      browser.waitUntilGone("side-nav nav");
      assertThat(focused(browser).getAttribute("class")).contains("menu-toggle");

      browser.click("app-header .menu-toggle");
      browser.find("side-nav.open");
      browser.script("document.querySelector('main').click()");
      browser.waitUntilGone("side-nav nav");

      browser.click("app-header .menu-toggle");
      browser.clickLabelled("side-nav .nav-me", "your profile");
      browser.waitForText("user-card h1", ana.getJsonObject("user").getString("displayName"));

      browser.go("#/rooms/" + room);
      browser.find("room-view .history-start");
      assertThat(browser.all("room-view .online").get(0).isDisplayed()).isFalse();
      browser.click("room-view .people-toggle");
      assertThat(browser.find("room-view .online").getText()).contains(ana.getJsonObject("user").getString("displayName"));
    }
  }

  /** B26: a touch keyboard has no Shift+Enter, so the placeholder does not offer it and Enter makes a new line. */
  @Test
  void onATouchScreenTheComposerDoesNotTalkAboutShiftEnter() {
    JsonObject ana = server.api().newMember("ana");
    String room = ChatClient.newPublicRoom(server.api(), ana.getString("token"), "Touch");
    try (Browser browser = Browser.open(server.port())) {
      // the page's primary pointer is a finger: what a phone's browser reports
      browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
        "(() => { const media = window.matchMedia.bind(window);"
          + "window.matchMedia = (query) => media(query === '(pointer: coarse)' ? 'all' : query); })();"));
      browser.size(375, 800).logIn(ana).go("#/rooms/" + room);
      browser.find("room-view .history-start");
      assertThat(browser.find("#chat-input").getAttribute("placeholder")).isEqualTo("Message Touch");
      browser.find("#chat-input").sendKeys("two", Keys.ENTER, "lines");
      browser.click("room-view .chat-compose button[type=submit]");
      assertThat(browser.waitForText("room-view chat-message .rendered", "lines").getText()).isEqualTo("two\nlines");
    }
  }
}
