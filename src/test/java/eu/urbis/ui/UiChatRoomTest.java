package eu.urbis.ui;

import eu.urbis.support.ChatClient;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.time.Year;

import static org.assertj.core.api.Assertions.assertThat;

/** What a room shows and keeps: drafts, line breaks, failed sends, errors, dates and unknown rooms. */
class UiChatRoomTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start(config -> config.put("rateLimits", new JsonObject().put("registrationsPerIp", 1000)));

  private static String input(Browser browser) {
    return (String) browser.script("return document.querySelector('#chat-input').value");
  }

  /** B1 */
  @Test
  void aDraftStaysInItsOwnRoomAndSurvivesAReloadUntilSent() {
    JsonObject ana = server.api().newMember("ana");
    String services = ChatClient.newPublicRoom(server.api(), ana.getString("token"), "E-services");
    String lobby = ChatClient.newPublicRoom(server.api(), ana.getString("token"), "Lobby");
    try (Browser browser = Browser.open(server.port())) {
      browser.logIn(ana).go("#/rooms/" + services);
      browser.find("room-view .history-start");
      browser.find("#chat-input").sendKeys("Confidential: draft meant for the e-services room");

      browser.clickLabelled("side-nav", "Lobby");
      browser.waitForText("room-view h1", "Lobby");
      assertThat(input(browser)).isEmpty();

      browser.driver().navigate().refresh();
      browser.waitForText("room-view h1", "Lobby");
      browser.go("#/rooms/" + services);
      browser.waitForText("room-view h1", "E-services");
      assertThat(input(browser)).isEqualTo("Confidential: draft meant for the e-services room");

      browser.find("#chat-input").sendKeys(Keys.ENTER);
      browser.waitForText("room-view .messages .rendered", "Confidential");
      browser.driver().navigate().refresh();
      browser.waitForText("room-view .messages .rendered", "Confidential");
      assertThat(input(browser)).isEmpty();
      browser.go("#/rooms/" + lobby);
      browser.waitForText("room-view h1", "Lobby");
      assertThat(input(browser)).isEmpty();
      browser.assertCleanConsole();
    }
  }

  /** B7 */
  @Test
  void aLineBreakTypedWithShiftEnterIsShownAsOne() {
    JsonObject ana = server.api().newMember("ana");
    String room = ChatClient.newPublicRoom(server.api(), ana.getString("token"), "Lines");
    try (Browser browser = Browser.open(server.port())) {
      browser.logIn(ana).go("#/rooms/" + room);
      browser.find("room-view .history-start");
      browser.find("#chat-input").sendKeys("line one", Keys.chord(Keys.SHIFT, Keys.ENTER), "line two", Keys.ENTER);
      WebElement shown = browser.waitForText("room-view chat-message .rendered", "line two");
      assertThat(shown.getText()).isEqualTo("line one\nline two");
      assertThat(browser.all("room-view chat-message .rendered br")).hasSize(1);
    }
  }

  /** B8 */
  @Test
  void aFailedMessageStaysWhereItWasWrittenAndCanBeRetriedOrDismissed() {
    JsonObject ana = server.api().newMember("ana");
    JsonObject ben = server.api().newMember("ben");
    JsonObject moderator = server.api().newUserWithRole("mod", "moderator");
    String room = ChatClient.newPublicRoom(server.api(), ana.getString("token"), "Retries");
    String anaId = ana.getJsonObject("user").getString("id");
    try (Browser browser = Browser.open(server.port()); ChatClient other = ChatClient.authenticated(server, ben.getString("token"))) {
      browser.logIn(ana).go("#/rooms/" + room);
      browser.find("room-view .history-start");
      browser.script("const box = document.querySelector('#chat-input'); box.value = 'x'.repeat(4100);"
        + "box.dispatchEvent(new Event('input'));");
      browser.find("#chat-input").sendKeys(Keys.ENTER);
      browser.waitForText(".chat-message.failed", "Not sent: A message holds at most 4000 characters.");
      assertThat(browser.script("const log = document.querySelector('room-view .messages');"
        + "return log.scrollWidth <= log.clientWidth")).as("the long word wraps inside the log").isEqualTo(true);

      other.say(room, "a newer message");
      browser.waitForText("room-view chat-message .rendered", "a newer message");
      assertThat(browser.script("const failed = document.querySelector('.chat-message.failed');"
        + "const newer = document.querySelector('room-view chat-message');"
        + "return Boolean(failed.compareDocumentPosition(newer) & Node.DOCUMENT_POSITION_FOLLOWING)"))
        .as("the newer message is below the failed one").isEqualTo(true);
      browser.clickLabelled(".chat-message.failed", "Dismiss");
      browser.waitUntilGone(".chat-message.failed");

      assertThat(server.api().post("/api/chat/rooms/" + room + "/mutes", new JsonObject().put("userId", anaId),
        moderator.getString("token")).statusCode()).isEqualTo(204);
      browser.find("#chat-input").sendKeys("said while muted", Keys.ENTER);
      browser.waitForText(".chat-message.failed", "You are muted in this room.");
      assertThat(server.api().delete("/api/chat/rooms/" + room + "/mutes/" + anaId, moderator.getString("token")).statusCode()).isEqualTo(204);
      browser.clickLabelled(".chat-message.failed", "Retry");
      browser.waitForText("room-view .messages", "said while muted");
      browser.waitUntilGone(".chat-message.pending");
      browser.assertCleanConsole();
    }
  }

  /** B9 */
  @Test
  void anErrorFromAnotherRoomDoesNotReappearAfterAReconnect() {
    JsonObject ana = server.api().newMember("ana");
    String room = ChatClient.newPublicRoom(server.api(), ana.getString("token"), "Calm");
    try (Browser browser = Browser.open(server.port())) {
      browser.logIn(ana).go("#/rooms/999999");
      browser.waitForText("room-view .problem", "No such room");
      browser.go("#/rooms/" + room);
      browser.find("room-view .history-start");

      browser.network(false);
      browser.waitForText("app-header .connection", "Reconnecting");
      browser.network(true);
      browser.waitUntilGone("app-header .connection");
      browser.find("#chat-input").sendKeys("still calm", Keys.ENTER);
      browser.waitForText("room-view chat-message .rendered", "still calm");
      assertThat(browser.all("room-view .problem")).isEmpty();
    }
  }

  /** B24, the room part */
  @Test
  void anUnknownRoomShowsOnlyWhyAndNoComposer() {
    JsonObject ana = server.api().newMember("ana");
    try (Browser browser = Browser.open(server.port())) {
      browser.logIn(ana).go("#/rooms/999999");
      String problem = browser.waitForText("room-view .problem", "No such room").getText();
      assertThat(problem).doesNotContain("unknown_room", "(");
      assertThat(browser.all("room-view #chat-input, room-view .online, room-view .history-start, room-view [role=log]")).isEmpty();
      assertThat(browser.find("room-view h1").getText()).isEqualTo("Chat room not found");
    }
  }

  /** B29 */
  @Test
  void messagesSayTheirDayAndTheAbsoluteTimeOnHover() {
    JsonObject ana = server.api().newMember("ana");
    String room = ChatClient.newPublicRoom(server.api(), ana.getString("token"), "Dates");
    try (ChatClient client = ChatClient.authenticated(server, ana.getString("token"))) {
      client.say(room, "first");
      client.say(room, "second");
    }
    try (Browser browser = Browser.open(server.port())) {
      browser.logIn(ana).go("#/rooms/" + room);
      browser.waitForText("room-view chat-message .rendered", "first");
      String year = Integer.toString(Year.now().getValue());
      assertThat(browser.all("room-view .day-separator")).as("one heading for the one day").hasSize(1);
      assertThat(browser.find("room-view .day-separator").getText()).contains(year);
      assertThat(browser.all("room-view chat-message time")).hasSize(2)
        .allSatisfy(time -> assertThat(time.getAttribute("title")).contains(year));
    }
  }
}
