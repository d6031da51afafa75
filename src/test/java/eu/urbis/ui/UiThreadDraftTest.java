package eu.urbis.ui;

import eu.urbis.forum.ForumApi;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** B1, the thread part: a reply being written belongs to its thread, survives leaving it and a reload, until posted. */
class UiThreadDraftTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();

  private static String replyBox(Browser browser) {
    return (String) browser.script("return document.querySelector('thread-view .reply-form textarea').value");
  }

  @Test
  void aReplyDraftStaysWithItsThreadUntilPosted() {
    ForumApi forum = new ForumApi(server.api());
    JsonObject writer = server.api().newMember("writer");
    String board = forum.board("everyone");
    String first = forum.startThread(writer.getString("token"), board, "Street lights", "LED or sodium?").getJsonObject("thread").getString("id");
    String second = forum.startThread(writer.getString("token"), board, "Bus lanes", "Red paint?").getJsonObject("thread").getString("id");
    try (Browser browser = Browser.open(server.port())) {
      browser.logIn(writer).go("#/threads/" + first);
      browser.find("thread-view .reply-form textarea").sendKeys("Half written about lights");

      browser.go("#/threads/" + second);
      browser.waitForText("thread-view h1", "Bus lanes");
      browser.find("thread-view .reply-form textarea");
      assertThat(replyBox(browser)).isEmpty();

      browser.go("#/threads/" + first);
      browser.waitForText("thread-view h1", "Street lights");
      browser.driver().navigate().refresh();
      browser.waitForText("thread-view h1", "Street lights");
      browser.find("thread-view .reply-form textarea");
      assertThat(replyBox(browser)).isEqualTo("Half written about lights");

      browser.click("thread-view .reply-form button[type=submit]");
      browser.waitForText("li.depth-1 post-item .rendered", "Half written about lights");
      browser.driver().navigate().refresh();
      browser.waitForText("li.depth-1 post-item .rendered", "Half written about lights");
      assertThat(replyBox(browser)).isEmpty();
    }
  }
}
