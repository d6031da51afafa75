package eu.urbis.ui;

import eu.urbis.files.FilesApi;
import eu.urbis.forum.ForumApi;
import eu.urbis.programme.ProgrammeApi;
import eu.urbis.support.ChatClient;
import eu.urbis.support.RunningServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Every main view of the UI with something in it (a thread with replies and a reaction, a validated best practice
 * and one waiting for review, a room with messages, a report, audit entries, a request for help, the e-mail
 * settings), and a walk through them as a moderator, signed-out views first.
 */
final class MainViews {
  /** A view: its route, a selector present once its content has loaded, and a name for messages. */
  record View(String name, String route, String readyWhen) {
  }

  private final JsonObject moderator;
  private final List<View> signedIn;
  private final List<String> content;

  private MainViews(JsonObject moderator, List<View> signedIn, List<String> content) {
    this.moderator = moderator;
    this.signedIn = signedIn;
    this.content = content;
  }

  /**
   * The data the views show that no catalog translates: what the fixture wrote (names, titles, a reason, a link) and
   * the reference data (boards, cities, themes, with the ids a view shows until their names load), as the language
   * tests tell it apart from the UI's own text.
   */
  List<String> userContent() {
    return content;
  }

  /** The moderator the walk signs in as, for a test to set their language beforehand. */
  String moderatorToken() {
    return moderator.getString("token");
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
    String moderatorToken = moderator.getString("token");
    server.api().post("/api/practices/" + practice + "/transitions", new JsonObject().put("to", "submitted"), mentor.getString("token"));
    server.api().post("/api/practices/" + practice + "/transitions", new JsonObject().put("to", "in_review"), moderatorToken);
    server.api().post("/api/practices/" + practice + "/transitions", new JsonObject().put("to", "validated").put("evidence", "piloted")
      .put("note", "Forty data sets, refreshed nightly."), moderatorToken);
    // an adoption, so that the dashboard draws its chart and fills a cell of its matrix
    JsonObject adopter = new ProgrammeApi(server.api()).coordinator("adopter", "ancona");
    ForumApi.ok(server.api().put("/api/practices/" + practice + "/adoptions/ancona", new JsonObject().put("stage", "piloting"),
      adopter.getString("token")));
    String waiting = forum.startThread(mentor.getString("token"), board, new JsonObject()
      .put("title", "Participatory budgeting").put("body", "One district first").put("kind", "practice")
      .put("practice", new JsonObject().put("cityId", "gabrovo").put("theme", "digital-government")
        .put("summary", "Residents vote on a tenth of the district budget").put("outcomes", "Turnout of twelve per cent")))
      .getJsonObject("thread").getString("id");
    server.api().post("/api/practices/" + waiting + "/transitions", new JsonObject().put("to", "submitted"), mentor.getString("token"));
    server.api().post("/api/requests", new JsonObject().put("theme", "open-data").put("title", "Publishing bus departures")
      .put("need", "Which format did you choose for real-time data?"), token);
    String room = ChatClient.newPublicRoom(server.api(), token, "Open data");
    JsonObject file = new FilesApi(server.api()).uploaded(token, "timetable.pdf", FilesApi.pdf("Night bus timetable"), "application/pdf");
    forum.startThread(token, board, new JsonObject().put("title", "Timetables").put("body", "Attached")
      .put("files", new JsonArray().add(file.getString("id"))));
    String memberId = member.getJsonObject("user").getString("id");
    List<String> content = new ArrayList<>(List.of("Night buses", "Open data portal", "Open data", "Reads like an advert.", "Urbis",
      "A portal with forty data sets, each one refreshed nightly from the municipal registers", "Three start-ups built on it",
      "https://example.org/a-very-long-address/that/would/overflow/a/phone/screen/without/wrapping/open-data-portal",
      "Participatory budgeting", "Residents vote on a tenth of the district budget", "Turnout of twelve per cent",
      "Publishing bus departures", "Which format did you choose for real-time data?", "Timetables", "timetable.pdf",
      "application/pdf"));
    for (JsonObject person : List.of(member, mentor, moderator, adopter)) {
      content.add(person.getJsonObject("user").getString("displayName"));
      content.add(person.getJsonObject("user").getString("username"));
    }
    server.api().get("/api/boards", token).bodyAsJsonObject().getJsonArray("items").stream().map(JsonObject.class::cast)
      .forEach(item -> content.addAll(Arrays.asList(item.getString("name"), item.getString("description"), item.getString("slug"))));
    server.api().get("/api/cities").bodyAsJsonObject().getJsonArray("items").stream().map(JsonObject.class::cast)
      .forEach(item -> content.addAll(Arrays.asList(item.getString("id"), item.getString("name"), item.getString("country"))));
    server.api().get("/api/themes").bodyAsJsonObject().getJsonArray("items").stream().map(JsonObject.class::cast)
      .forEach(item -> content.addAll(Arrays.asList(item.getString("id"), item.getString("name"))));
    content.add(eu.urbis.support.TestServer.ADMIN);
    content.removeIf(Objects::isNull);
    return new MainViews(moderator, List.of(
      new View("home", "#/", "board-list .card"),
      new View("board", "#/boards/" + board, "board-view .thread-row"),
      new View("thread", "#/threads/" + thread, "thread-view li.depth-1 post-item"),
      new View("practice thread", "#/threads/" + practice, "thread-view practice-card dd"),
      new View("new best practice", "#/boards/" + board + "/new?kind=practice", "thread-form form"),
      new View("practices", "#/practices", "practices-view .thread-row"),
      new View("search", "#/search?q=buses", "search-view .result"),
      new View("rooms", "#/rooms", "room-list h1"),
      new View("resource library", "#/resources", "resource-library .resource"),
      new View("room", "#/rooms/" + room, "room-view .chat-compose"),
      new View("user", "#/users/" + memberId, "user-card moderation-actions"),
      new View("e-mail settings", "#/settings", "mail-settings form"),
      new View("reports", "#/moderation", "report-queue .report"),
      new View("audit", "#/moderation/audit", "audit-log tbody tr"),
      new View("city directory", "#/cities", "city-directory .city-list li"),
      new View("city page", "#/cities/gabrovo", "city-page .city-profile"),
      new View("practice library", "#/library", "practice-library .thread-row"),
      new View("review queue", "#/library?queue=mine", "practice-library .thread-row"),
      new View("dashboard", "#/dashboard", "programme-dashboard adoption-chart canvas"),
      new View("requests", "#/requests", "request-list .request"),
      new View("announcement form", "#/announce", "announcement-form form")), content);
  }

  /** Shows the sign-in and register forms, then signs in as the moderator and shows every other view. */
  void walk(Browser browser, Consumer<View> check) {
    browser.go("");
    browser.find("#login-username");
    check.accept(new View("sign-in", "", "#login-username"));
    browser.click("sign-in .tabs button:last-of-type");
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
