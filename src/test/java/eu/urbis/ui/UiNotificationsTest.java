package eu.urbis.ui;

import eu.urbis.forum.ForumApi;
import eu.urbis.programme.ProgrammeApi;
import eu.urbis.support.Db;
import eu.urbis.support.Eventually;
import eu.urbis.support.ServerExtension;
import eu.urbis.support.TestServer;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static eu.urbis.forum.ForumApi.created;
import static eu.urbis.forum.ForumApi.ok;
import static eu.urbis.programme.ProgrammeApi.token;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bell counts a mention live, the inbox opens the exact post, a mention link opens the person's profile, a
 * watched thread's new posts gather into one item, and each step of a request reads as what happened.
 */
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
      browser.waitUntil(() -> browser.all("notification-bell .count").isEmpty());
      String post = forum.reply(author.getString("token"), thread, "Ask @" + username + ", they planted lindens.", null).getString("id");

      assertThat(browser.waitForText("notification-bell .count", "1").getText()).isEqualTo("1");
      browser.click("notification-bell a");
      browser.click("notification-list li.unread[data-kind='mention'] a");

      String highlighted = "thread-view li.landed[data-post='" + post + "']";
      assertThat(browser.find(highlighted).getText()).contains("they planted lindens");
      assertThat((Boolean) browser.script("const r = document.querySelector(arguments[0]).getBoundingClientRect();"
        + " return r.top >= 0 && r.bottom <= window.innerHeight;", highlighted)).isTrue();
      browser.waitUntil(() -> browser.all("notification-bell .count").isEmpty());

      browser.click(highlighted + " .rendered a.mention");
      assertThat(browser.waitForText("user-card h1", reader.getJsonObject("user").getString("displayName")).isDisplayed()).isTrue();
      browser.assertCleanConsole();
    }
  }

  @Test
  void aWatchedThreadsNewPostsGatherIntoOneInboxItemThatCountsThemLive() {
    JsonObject starter = server.api().newMember("watcher");
    JsonObject replier = server.api().newMember("poster");
    String thread = forum.startThread(starter.getString("token"), boardId, "Bike lanes on the ring road", "Where first?")
      .getJsonObject("thread").getString("id");
    try (Browser browser = Browser.open(server.port())) {
      browser.logIn(starter).go("#/notifications");
      browser.waitForText("notification-list h1", "Notifications");
      forum.reply(replier.getString("token"), thread, "The north side first.", null);
      browser.waitForText("notification-list li[data-kind='watched_post']", "The north side first.");
      forum.reply(replier.getString("token"), thread, "Then the bridges.", null);

      String item = "notification-list li[data-kind='watched_post']";
      assertThat(browser.waitForText(item + " .new-posts", "New posts: 2").isDisplayed()).isTrue();
      assertThat(browser.all(item)).hasSize(1);
      assertThat(browser.find("notification-bell .count").getText()).isEqualTo("1");
      browser.assertCleanConsole();
    }
  }

  private static String asked(JsonObject session, String theme, String title) {
    return created(server.api().post("/api/requests", new JsonObject().put("theme", theme).put("title", title)
      .put("need", "A first data set"), token(session))).getString("id");
  }

  @Test
  void eachStepOfARequestSaysWhatHappenedInTheInboxAndAsItArrives() {
    ProgrammeApi programme = new ProgrammeApi(server.api());
    JsonObject reviewer = programme.withRole("reviewer", "hamburg", "mentor");
    programme.validated(programme.member("practitioner", "trikala"), reviewer, "piloted");
    JsonObject helper = programme.withRole("helper", "trikala", "mentor");
    JsonObject asker = programme.member("asker", "jelgava");
    String helped = asked(asker, "open-data", "Night buses on demand");
    String own = asked(helper, "smart-mobility", "Shade for bus stops");
    ok(server.api().post("/api/requests/" + helped + "/accept", new JsonObject(), token(helper)));
    ok(server.api().post("/api/requests/" + own + "/accept", new JsonObject(), token(reviewer)));
    String username = helper.getJsonObject("user").getString("username");
    Eventually.within(TestServer.timeout(), () -> Db.count(server,
      "SELECT count(*) FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.username = $1 AND n.kind = 'request'", username),
      count -> count == 2);

    try (Browser browser = Browser.open(server.port())) {
      browser.logIn(username, ProgrammeApi.PASSWORD).go("#/notifications");
      String opened = oneLine(browser.waitForText("notification-list li[data-step='opened']", "Jelgava").getText());
      assertThat(opened).contains("asker of jelgava asked the network for help for Jelgava", "Night buses on demand");
      assertThat(oneLine(browser.find("notification-list li[data-step='accepted']").getText()))
        .contains("reviewer of hamburg offered to help with your request", "Shade for bus stops");

      ok(server.api().post("/api/requests/" + helped + "/close", new JsonObject().put("outcome", "We run them now"), token(asker)));
      assertThat(oneLine(browser.waitForText("notification-list li[data-step='closed']", "We run them now").getText()))
        .contains("asker of jelgava closed a request you helped with", "Night buses on demand", "We run them now");
      browser.assertCleanConsole();
    }
  }

  /** The actor's name stands on a line of its own in the list; the sentence reads across it. */
  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ");
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
