package eu.urbis.ui;

import eu.urbis.forum.ForumApi;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The bell counts a mention live, the inbox opens the exact post, and a mention link opens the person's profile. */
class UiNotificationsTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static ForumApi forum;
  private static String boardId;

  @BeforeAll
  static void setUp() {
    forum = new ForumApi(server.api());
    boardId = forum.board("everyone");
  }

  @Test
  void aMentionCountsOnTheBellLiveAndTheInboxOpensThePostHighlighted() {
    JsonObject author = server.api().newMember("caller");
    JsonObject reader = server.api().newMember("callee");
    String username = reader.getJsonObject("user").getString("username");
    String thread = forum.startThread(author.getString("token"), boardId, "Street trees", "Which species survive salt?")
      .getJsonObject("thread").getString("id");
    for (int i = 0; i < 30; i++) {
      forum.reply(author.getString("token"), thread, "Filler reply " + i, null);
    }
    try (Browser browser = Browser.open(server.port())) {
      browser.logIn(reader).go("#/");
      browser.find("notification-bell a[aria-label='Notifications, 0 unread']");
      String post = forum.reply(author.getString("token"), thread, "Ask @" + username + ", they planted lindens.", null).getString("id");

      assertThat(browser.waitForText("notification-bell .count", "1").getText()).isEqualTo("1");
      browser.click("notification-bell a");
      browser.click("notification-list li.unread[data-kind='mention'] a");

      String highlighted = "thread-view li.landed[data-post='" + post + "']";
      assertThat(browser.find(highlighted).getText()).contains("they planted lindens");
      assertThat((Boolean) browser.script("const r = document.querySelector(arguments[0]).getBoundingClientRect();"
        + " return r.top >= 0 && r.bottom <= window.innerHeight;", highlighted)).isTrue();
      browser.find("notification-bell a[aria-label='Notifications, 0 unread']");

      browser.click(highlighted + " .rendered a.mention");
      assertThat(browser.waitForText("user-card h1", reader.getJsonObject("user").getString("displayName")).isDisplayed()).isTrue();
      browser.assertCleanConsole();
    }
  }

  @Test
  void typingAnAtSignAndTheStartOfANameOffersThePersonToMention() {
    JsonObject writer = server.api().newMember("typist");
    JsonObject named = server.api().newMember("quokka");
    String username = named.getJsonObject("user").getString("username");
    String thread = forum.startThread(writer.getString("token"), boardId, "Autocomplete", "Try it.")
      .getJsonObject("thread").getString("id");
    try (Browser browser = Browser.open(server.port())) {
      browser.logIn(writer).go("#/threads/" + thread);
      browser.type("thread-view .reply-form textarea", "Thanks @quok");
      browser.click("thread-view .reply-form mention-suggest button[data-username='" + username + "']");

      assertThat(browser.find("thread-view .reply-form textarea").getAttribute("value")).isEqualTo("Thanks @" + username + " ");
      browser.waitUntilGone("thread-view .reply-form mention-suggest li");
      browser.assertCleanConsole();
    }
  }
}
