package eu.urbis.ui;

import eu.urbis.forum.ForumApi;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** B5 in the browser: results by thread, the landing on the matching post, plain-text snippets and the filters. */
class UiSearchTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final ForumApi forum = new ForumApi(server.api());
  private static String board;
  private static String otherBoard;

  @BeforeAll
  static void setUp() {
    board = forum.board("everyone");
    otherBoard = forum.board("everyone");
  }

  @Test
  void aResultLandsOnTheMatchingPostScrolledIntoViewAndHighlighted() {
    JsonObject author = server.api().newMember("ferryman");
    String token = author.getString("token");
    String thread = forum.startThread(token, board, "Town hall opening hours", "When is the town hall open in summer?")
      .getJsonObject("thread").getString("id");
    for (int i = 0; i < 24; i++) {
      forum.reply(token, thread, "Reply number " + i + ": it opens at nine on weekdays and stays open over lunch.", null);
    }
    String match = forum.reply(token, thread, "The **ferry** timetable changes in spring, and the ferries leave from the town hall quay.", null)
      .getString("id");
    forum.reply(token, thread, "A second ferry runs on Sundays.", null);

    try (Browser browser = Browser.open(server.port())) {
      browser.logIn(author).go("#/search?q=ferries");
      browser.waitForText(".result .match .snippet", "ferr");
      assertThat(browser.all(".result")).as("one row per thread").hasSize(1);
      assertThat(browser.all(".result .match")).hasSize(2);
      String snippet = browser.find(".result .match .snippet[href$='/posts/" + match + "']").getText();
      assertThat(snippet).contains("ferry timetable").doesNotContain("**");

      browser.click(".result .match .snippet[href$='/posts/" + match + "']");

      browser.find("li[data-post='" + match + "'].landed");
      String landed = "#post-" + match;
      new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(browser.script("""
        const post = document.querySelector(arguments[0]);
        const box = post.getBoundingClientRect();
        return document.activeElement === post && box.top >= 0 && box.bottom <= window.innerHeight""", landed)));
      assertThat(browser.driver().getCurrentUrl()).endsWith("#/threads/" + thread + "/posts/" + match);
      assertThat(browser.all("li.landed")).hasSize(1);
      browser.assertCleanConsole();
    }
  }

  @Test
  void theFiltersNarrowTheResultsAndLiveInTheAddress() {
    JsonObject author = server.api().newMember("tramfan");
    forum.startThread(author.getString("token"), board, "Tram depots", "Our tramway depot got solar panels on its roof.");
    forum.startThread(author.getString("token"), otherBoard, "Tram tickets", "Tramway tickets can now be bought by phone.");

    try (Browser browser = Browser.open(server.port())) {
      browser.logIn(author).go("#/search?q=tramways");
      browser.waitForText(".results", "Tram tickets");
      assertThat(browser.all(".result")).hasSize(2);

      browser.select("#search-board", otherBoard);
      new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> browser.all(".result").size() == 1);
      assertThat(browser.find(".result-title").getText()).isEqualTo("Tram tickets");
      assertThat(browser.driver().getCurrentUrl()).contains("board=" + otherBoard);

      browser.select("#search-kind", "practice");
      browser.waitForText("search-view", "Nothing found.");
      browser.assertCleanConsole();
    }
  }
}
