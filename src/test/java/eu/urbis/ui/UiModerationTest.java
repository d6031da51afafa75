package eu.urbis.ui;

import eu.urbis.forum.ForumApi;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class UiModerationTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final ForumApi forum = new ForumApi(server.api());
  private static String boardId;

  @BeforeAll
  static void setUp() {
    boardId = forum.board("everyone");
  }

  @Test
  void aModeratorLocksAThreadAndTheMembersReplyBoxSaysSo() {
    JsonObject member = server.api().newMember("asker");
    JsonObject moderator = server.api().newUserWithRole("mod", "moderator");
    String thread = forum.startThread(member.getString("token"), boardId, "Heated debate", "Let us argue.")
      .getJsonObject("thread").getString("id");
    try (Browser mod = Browser.open(server.port()); Browser asker = Browser.open(server.port())) {
      asker.logIn(member).go("#/threads/" + thread);
      asker.find("thread-view .reply-form textarea");

      mod.logIn(moderator).go("#/threads/" + thread);
      mod.clickLabelled("thread-mod-tools", "Lock");
      mod.waitForText("thread-view .thread-head .meta", "Locked");

      asker.driver().navigate().refresh();
      assertThat(asker.waitForText("thread-view .locked-note", "locked").getText()).contains("This thread is locked");
      assertThat(asker.all("thread-view .reply-form")).isEmpty();
      mod.assertCleanConsole();
    }
  }

  @Test
  void aMemberSeesNoEditOrDeleteOnSomeoneElsesPostWhileAModeratorDoes() {
    JsonObject author = server.api().newMember("author");
    JsonObject member = server.api().newMember("reader");
    JsonObject moderator = server.api().newUserWithRole("mod", "moderator");
    String thread = server.api().post("/api/boards/" + boardId + "/threads",
      new JsonObject().put("title", "Bike lanes").put("body", "Painted or protected?"), author.getString("token"))
      .bodyAsJsonObject().getJsonObject("thread").getString("id");
    String actions = "li.depth-0 post-item .post-actions";
    try (Browser reader = Browser.open(server.port()); Browser mod = Browser.open(server.port())) {
      reader.logIn(member).go("#/threads/" + thread);
      String offered = reader.waitForText(actions, "Reply").getText();
      assertThat(offered).contains("Reply", "Report").doesNotContain("Edit", "Delete");
      assertThat(reader.all("thread-mod-tools .mod-tools")).isEmpty();

      mod.logIn(moderator).go("#/threads/" + thread);
      assertThat(mod.waitForText(actions, "Delete").getText()).contains("Reply", "Edit", "Delete", "Report");
      assertThat(mod.find("thread-mod-tools .mod-tools").getText()).contains("Pin", "Lock", "Retitle");
      reader.assertCleanConsole();
      mod.assertCleanConsole();
    }
  }

  @Test
  void aSuspendedUsersOpenSessionIsSignedOutWithTheReason() {
    JsonObject member = server.api().newMember("spammer");
    JsonObject moderator = server.api().newUserWithRole("mod", "moderator");
    try (Browser browser = Browser.open(server.port())) {
      browser.logIn(member).go("#/rooms");
      browser.find("room-list h1");

      var suspended = server.api().post("/api/users/" + member.getJsonObject("user").getString("id") + "/suspend",
        new JsonObject().putNull("until").put("reason", "Posting adverts in every room"), moderator.getString("token"));
      assertThat(suspended.statusCode()).as(suspended.bodyAsString()).isEqualTo(200);

      String notice = browser.waitForText("sign-in .problem", "suspended").getText();
      assertThat(notice).contains("Your account is suspended", "Posting adverts in every room");
    }
  }

  /** B12: "Delete the post" asks first and takes a note; B13: the audit log then reads as words and links. */
  @Test
  void aDeleteFromTheQueueAsksFirstAndTheAuditLogSaysItInWords() {
    JsonObject author = server.api().newMember("seller");
    JsonObject reporter = server.api().newMember("reporter");
    JsonObject moderator = server.api().newUserWithRole("mod", "moderator");
    JsonObject started = forum.startThread(author.getString("token"), boardId, "Sensors for sale", "Cheap sensors, DM me.");
    String thread = started.getJsonObject("thread").getString("id");
    String post = started.getJsonObject("post").getString("id");
    server.api().post("/api/reports", new JsonObject().put("targetType", "post").put("targetId", post).put("reason", "Advert"),
      reporter.getString("token"));
    try (Browser mod = Browser.open(server.port())) {
      mod.logIn(moderator).go("#/moderation");
      mod.clickLabelled("report-queue .report", "Delete the post");
      assertThat(mod.find("report-queue .confirm-delete").getText()).contains("Delete this post?");
      assertThat(server.api().get("/api/posts/" + post, author.getString("token")).bodyAsJsonObject().getBoolean("deleted")).isFalse();

      mod.type("report-queue .confirm-delete textarea", "Vendor advert, second time");
      mod.clickLabelled("report-queue .confirm-delete", "Yes, delete the post");
      mod.waitUntilGone("report-queue .report");
      assertThat(server.api().get("/api/posts/" + post, author.getString("token")).bodyAsJsonObject().getBoolean("deleted")).isTrue();

      mod.go("#/moderation/audit");
      String row = mod.waitForText("audit-log tbody tr", "Resolved a report").getText();
      assertThat(row).contains("Sensors for sale", "Vendor advert, second time", "Decision").doesNotContain("{", "\"");
      assertThat(mod.find("audit-log tbody tr a[href='#/threads/" + thread + "']").getText()).isEqualTo("Sensors for sale");
      mod.assertCleanConsole();
    }
  }
}
