package eu.urbis.ui;

import eu.urbis.support.ChatClient;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;

import static org.assertj.core.api.Assertions.assertThat;

/** Who is in a room, as the browser shows it live: direct messages, private room members, mutes. */
class UiChatPeopleTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start(config -> config.put("rateLimits", new JsonObject().put("registrationsPerIp", 1000)));

  private static String name(JsonObject session) {
    return session.getJsonObject("user").getString("displayName");
  }

  /** B3 */
  @Test
  void aDirectMessageAppearsAtOnceForTheRecipientNamedAfterTheSenderWithItsBadge() {
    JsonObject member = server.api().newMember("georgi");
    JsonObject mentor = server.api().newMember("marta");
    try (Browser sender = Browser.open(server.port()); Browser recipient = Browser.open(server.port())) {
      recipient.logIn(mentor).go("#/");
      recipient.find("side-nav nav");
      sender.logIn(member).go("#/users/" + mentor.getJsonObject("user").getString("id"));
      sender.clickLabelled("user-card", "Send a direct message");
      sender.waitForText("room-view h1", "@ " + name(mentor));
      sender.find("room-view .history-start");
      sender.find("#chat-input").sendKeys("Hello Marta", Keys.ENTER);
      sender.waitForText("room-view chat-message .rendered", "Hello Marta");

      String link = recipient.waitForText("side-nav", "@ " + name(member)).getText();
      assertThat(link).doesNotContain("@ " + name(mentor));
      assertThat(recipient.waitForText("side-nav .badge", "1").getAttribute("aria-label")).isEqualTo("1 unread");
      recipient.clickLabelled("side-nav", "@ " + name(member));
      recipient.waitForText("room-view chat-message .rendered", "Hello Marta");
      assertThat(recipient.find("room-view h1").getText()).isEqualTo("@ " + name(member));
      assertThat(recipient.find("#chat-input").getAttribute("placeholder")).startsWith("Message " + name(member));
      recipient.assertCleanConsole();
      sender.assertCleanConsole();
    }
  }

  /** B4 */
  @Test
  void theOwnerAddsSomeoneWhoseOpenPageShowsTheRoomAndWhoCanLeaveIt() {
    JsonObject owner = server.api().newMember("owner");
    JsonObject friend = server.api().newMember("friend");
    try (Browser creator = Browser.open(server.port()); Browser invited = Browser.open(server.port())) {
      invited.logIn(friend).go("#/");
      invited.find("side-nav nav");
      creator.logIn(owner).go("#/rooms");
      creator.type("#room-name", "Gabrovo team").select("#room-kind", "private");
      creator.click("room-list button[type=submit]");
      creator.waitForText("room-view h1", "Gabrovo team");
      creator.waitForText("room-members", "Members (1)");
      creator.type("#add-members", friend.getJsonObject("user").getString("username"));
      creator.clickLabelled("room-members form", "Add");
      creator.waitForText("room-members", "Members (2)");
      assertThat(creator.find("room-members ul").getText()).contains(name(friend));

      invited.waitForText("side-nav", "# Gabrovo team");
      invited.clickLabelled("side-nav", "Gabrovo team");
      assertThat(invited.waitForText("room-members", "Members (2)").getText()).contains(name(owner), name(friend));
      assertThat(invited.all("room-members form")).as("only the owner adds").isEmpty();
      invited.clickLabelled("room-members", "Leave the room");
      invited.driver().switchTo().alert().accept();
      invited.waitForText("room-list h1", "Chat rooms");
      assertThat(invited.find("side-nav").getText()).doesNotContain("Gabrovo team");
      creator.driver().navigate().refresh();
      creator.waitForText("room-members", "Members (1)");
      invited.assertCleanConsole();
    }
  }

  /** B28 */
  @Test
  void aMutedMemberIsToldInTheRoomAndTheModeratorSeesWhereOnTheirPage() {
    JsonObject member = server.api().newMember("loud");
    JsonObject moderator = server.api().newUserWithRole("mod", "moderator");
    String room = ChatClient.newPublicRoom(server.api(), moderator.getString("token"), "Heated");
    String memberId = member.getJsonObject("user").getString("id");
    try (Browser muted = Browser.open(server.port()); Browser mod = Browser.open(server.port())) {
      muted.logIn(member).go("#/rooms/" + room);
      muted.find("room-view .history-start");
      assertThat(muted.all("room-view .muted-note")).isEmpty();

      mod.logIn(moderator).go("#/users/" + memberId);
      mod.waitForText("moderation-actions .mute-state", "Not muted in any room.");
      mod.select("#mute-room", room);
      mod.clickLabelled("moderation-actions", "Mute");
      assertThat(mod.waitForText("moderation-actions .mute-state", "Heated").getText()).contains("Muted in:", "until unmuted");

      assertThat(muted.waitForText("room-view .muted-note", "You are muted in this room").getText()).contains("until a moderator lifts it");
      muted.assertCleanConsole();
      mod.assertCleanConsole();
    }
  }
}
