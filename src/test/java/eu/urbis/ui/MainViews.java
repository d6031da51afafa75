package eu.urbis.ui;

import eu.urbis.forum.ForumApi;
import eu.urbis.support.ChatClient;
import eu.urbis.support.RunningServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.List;
import java.util.function.Consumer;

/**
 * Every main view of the UI with something in it (a thread with replies and a reaction, a best practice, a room
 * with messages, a report, audit entries, the e-mail settings), and a walk through them as a moderator, signed-out views first.
 */
final class MainViews {
  /** A view: its route, a selector present once its content has loaded, and a name for messages. */
  record View(String name, String route, String readyWhen) {
  }

  private final JsonObject moderator;
  private final List<View> signedIn;

  private MainViews(JsonObject moderator, List<View> signedIn) {
    this.moderator = moderator;
    this.signedIn = signedIn;
  }

  static MainViews create(RunningServer server) {
    ForumApi forum = new ForumApi(server.api());
    String board = forum.board("everyone");
    JsonObject member = server.api().newMember("resident");
    JsonObject mentor = server.api().newUserWithRole("mentor", "mentor");
    JsonObject moderator = server.api().newUserWithRole("warden", "moderator");
    String token = member.getString("token");
    JsonObject started = forum.startThread(token, board, "Night buses", "We added **four** lines.");
    String thread = started.getJsonObject("thread").getString("id");
    String first = started.getJsonObject("post").getString("id");
    JsonObject reply = forum.reply(mentor.getString("token"), thread, "Ridership doubled.", first);
    server.api().put("/api/posts/" + first + "/reactions/%2B1", mentor.getString("token"));
    server.api().post("/api/reports", new JsonObject().put("targetType", "post").put("targetId", reply.getString("id"))
      .put("reason", "Reads like an advert."), token);
    server.api().patch("/api/threads/" + thread, new JsonObject().put("locked", true), moderator.getString("token"));
    server.api().patch("/api/threads/" + thread, new JsonObject().put("locked", false), moderator.getString("token"));
    String practice = forum.startThread(mentor.getString("token"), board, new JsonObject()
      .put("title", "Open data portal").put("body", "How we did it").put("kind", "practice")
      .put("practice", new JsonObject().put("cityId", "gabrovo").put("theme", "open-data")
        .put("summary", "A portal with forty data sets, each one refreshed nightly from the municipal registers")
        .put("outcomes", "Three start-ups built on it").put("links", new JsonArray()
          .add("https://example.org/a-very-long-address/that/would/overflow/a/phone/screen/without/wrapping/open-data-portal"))))
      .getJsonObject("thread").getString("id");
    String room = ChatClient.newPublicRoom(server.api(), token, "Open data");
    String memberId = member.getJsonObject("user").getString("id");
    return new MainViews(moderator, List.of(
      new View("home", "#/", "board-list .card"),
      new View("board", "#/boards/" + board, "board-view .thread-row"),
      new View("thread", "#/threads/" + thread, "thread-view li.depth-1 post-item"),
      new View("practice thread", "#/threads/" + practice, "thread-view practice-card dd"),
      new View("new best practice", "#/boards/" + board + "/new?kind=practice", "thread-form form"),
      new View("practices", "#/practices", "practices-view .thread-row"),
      new View("search", "#/search?q=buses", "search-view .result"),
      new View("rooms", "#/rooms", "room-list h1"),
      new View("room", "#/rooms/" + room, "room-view .chat-compose"),
      new View("user", "#/users/" + memberId, "user-card moderation-actions"),
      new View("e-mail settings", "#/settings", "mail-settings form"),
      new View("reports", "#/moderation", "report-queue .report"),
      new View("audit", "#/moderation/audit", "audit-log tbody tr")));
  }

  /** Shows the sign-in and register forms, then signs in as the moderator and shows every other view. */
  void walk(Browser browser, Consumer<View> check) {
    browser.go("");
    browser.find("#login-username");
    check.accept(new View("sign-in", "", "#login-username"));
    browser.clickLabelled("sign-in .tabs", "Register");
    browser.find("#register-cityId");
    check.accept(new View("register", "", "#register-cityId"));
    browser.logIn(moderator.getJsonObject("user").getString("username"), eu.urbis.support.TestServer.PASSWORD);
    for (View view : signedIn) {
      browser.go(view.route());
      browser.find(view.readyWhen());
      check.accept(view);
    }
  }
}
