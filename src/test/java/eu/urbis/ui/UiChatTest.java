package eu.urbis.ui;

import eu.urbis.support.ChatClient;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class UiChatTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();

  private static void say(Browser browser, String text) {
    browser.type("#chat-input", text).click(".chat-compose button[type=submit]");
  }

  private static long shown(Browser browser, String text) {
    return browser.all("room-view chat-message .rendered").stream().filter(message -> message.getText().equals(text)).count();
  }

  @Test
  void aRoomOpensWithANewMessagesLineWhereTheReadMarkerWasAndJumpsToIt() {
    JsonObject writer = server.api().newMember("chatty");
    JsonObject reader = server.api().newMember("behind");
    String room = ChatClient.newPublicRoom(server.api(), writer.getString("token"), "Catch up");
    try (ChatClient from = ChatClient.authenticated(server, writer.getString("token"));
         ChatClient caughtUp = ChatClient.authenticated(server, reader.getString("token"))) {
      from.say(room, "seen one");
      from.say(room, "seen two");
      caughtUp.join(room, null);
      caughtUp.send(new JsonObject().put("type", "read").put("room", room).put("seq", 2));
      caughtUp.send(new JsonObject().put("type", "ping"));
      eu.urbis.support.TestServer.await(caughtUp.frame(f -> "pong".equals(f.getString("type"))));
      from.say(room, "new one");
      from.say(room, "new two");
    }
    try (Browser browser = Browser.open(server.port())) {
      browser.logIn(reader).go("#/rooms");
      browser.find("room-list a[href='#/rooms/" + room + "']");
      browser.go("#/rooms/" + room);

      assertThat(browser.find("room-view .new-messages").getText()).isEqualToIgnoringCase("New messages");
      assertThat(browser.script("return document.querySelector('room-view .new-messages').nextElementSibling.dataset.seq")).isEqualTo("3");
      browser.click("room-view .jump-unread");
      browser.assertCleanConsole();
    }
  }

  @Test
  void twoSessionsInOneRoomSeeEachOthersMessagesAndTyping() {
    JsonObject ana = server.api().newMember("ana");
    JsonObject ben = server.api().newMember("ben");
    String room = ChatClient.newPublicRoom(server.api(), ana.getString("token"), "Open data");
    try (Browser first = Browser.open(server.port()); Browser second = Browser.open(server.port())) {
      first.logIn(ana).go("#/rooms/" + room);
      second.logIn(ben).go("#/rooms/" + room);
      first.find("room-view .history-start");
      second.find("room-view .history-start");

      first.find("#chat-input").sendKeys("Hel");
      second.waitForText("room-view .typing", "is typing");
      first.find("#chat-input").sendKeys("lo from Gabrovo");
      first.click(".chat-compose button[type=submit]");
      second.waitForText("room-view .messages", "Hello from Gabrovo");

      say(second, "Hi Ana!");
      first.waitForText("room-view .messages", "Hi Ana!");
      assertThat(shown(first, "Hi Ana!")).isEqualTo(1);
      assertThat(second.find("room-view .online").getText()).contains(ana.getJsonObject("user").getString("displayName"));
      first.assertCleanConsole();
      second.assertCleanConsole();
    }
  }

  @Test
  void aDroppedConnectionResumesWithoutLossOrRepetition() {
    JsonObject ana = server.api().newMember("ana");
    JsonObject ben = server.api().newMember("ben");
    String room = ChatClient.newPublicRoom(server.api(), ana.getString("token"), "Resilience");
    try (Browser first = Browser.open(server.port()); Browser second = Browser.open(server.port())) {
      first.logIn(ana).go("#/rooms/" + room);
      second.logIn(ben).go("#/rooms/" + room);
      second.find("room-view .history-start");
      say(first, "before the drop");
      second.waitForText("room-view .messages", "before the drop");

      second.network(false);
      second.waitForText("app-header .connection", "Reconnecting");
      say(first, "while you were away 1");
      say(first, "while you were away 2");
      first.waitForText("room-view .messages", "while you were away 2");
      first.waitUntilGone(".chat-message.pending");
      second.network(true);

      second.waitForText("room-view .messages", "while you were away 2");
      second.waitUntilGone("app-header .connection");
      say(second, "back again");
      first.waitForText("room-view .messages", "back again");
      for (String text : new String[] {"before the drop", "while you were away 1", "while you were away 2"}) {
        assertThat(shown(second, text)).as(text).isEqualTo(1);
      }
    }
  }
}
