package eu.urbis.ui;

import eu.urbis.support.TestServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Saves the screenshots shown in the README (docs/screenshots/) from a demo-data server, at desktop and phone
 * widths. Not part of the normal build: {@code mvn verify -Dtest=UiScreenshots -Durbis.screenshots=true}.
 */
@EnabledIfSystemProperty(named = "urbis.screenshots", matches = "true")
class UiScreenshots {
  private static final String DEMO_PASSWORD = "urbis-demo-2026";
  private static final Path OUT = Path.of("docs/screenshots");

  @Test
  void saveEveryMainViewAtDesktopAndPhoneWidth() throws IOException {
    Files.createDirectories(OUT);
    try (TestServer server = TestServer.start(config -> config.put("demo", true));
         Browser browser = Browser.open(server.port())) {
      String token = server.api().post("/api/auth/login", new JsonObject().put("username", "moderator").put("password", DEMO_PASSWORD))
        .bodyAsJsonObject().getString("token");
      String thread = busiestThread(server, token);
      String room = firstItem(server.api().get("/api/chat/rooms", token).bodyAsJsonObject()).getString("id");
      String practice = practiceTitled(server, token, "One digital front door for all city services");

      browser.logIn("moderator", DEMO_PASSWORD);
      browser.go("#/rooms/" + room);
      for (String line : new String[] {"Morning all! Lyon's open-data portal moved to the new API today.",
        "Great. Is the **bus stops** dataset in it?", "Yes, with real-time departures."}) {
        browser.type("#chat-input", line).click(".chat-compose button[type=submit]");
        browser.waitUntilGone(".chat-message.pending");
      }
      reportSomething(server, thread, room);
      for (int[] size : new int[][] {{1280, 900}, {375, 812}}) {
        String suffix = size[0] > 400 ? "desktop" : "phone";
        browser.size(size[0], size[1]);
        shoot(browser, "#/threads/" + thread, "post-item", "thread-" + suffix);
        shoot(browser, "#/rooms/" + room, "chat-message", "chat-room-" + suffix);
        shoot(browser, "#/practices", "practices-view .thread-row", "practices-" + suffix);
        shoot(browser, "#/moderation", "report-queue .report", "moderation-queue-" + suffix);
        shoot(browser, "#/cities/helsinki", "city-page .city-profile", "city-page-" + suffix);
        shoot(browser, "#/threads/" + practice, ".review-timeline li", "review-timeline-" + suffix);
        shoot(browser, "#/dashboard", "programme-dashboard adoption-chart canvas", "dashboard-" + suffix);
        browser.script("document.querySelector('programme-dashboard adoption-chart').scrollIntoView()");
        Files.write(OUT.resolve("dashboard-chart-" + suffix + ".png"), browser.screenshot());
        shoot(browser, "#/requests", "request-list .request", "requests-" + suffix);
      }
    }
  }

  /** The demo member reports a post of the thread and a chat message, so the queue has something to show. */
  private static void reportSomething(TestServer server, String thread, String room) {
    String member = server.api().post("/api/auth/login", new JsonObject().put("username", "member").put("password", DEMO_PASSWORD))
      .bodyAsJsonObject().getString("token");
    JsonArray posts = server.api().get("/api/threads/" + thread + "/posts", member).bodyAsJsonObject().getJsonArray("items");
    String post = posts.getJsonObject(posts.size() - 1).getString("id");
    server.api().post("/api/reports", new JsonObject().put("targetType", "post").put("targetId", post)
      .put("reason", "Reads like an advert for one vendor's platform."), member);
    String message = server.api().get("/api/chat/rooms/" + room + "/messages?limit=1", member).bodyAsJsonObject()
      .getJsonArray("items").getJsonObject(0).getString("id");
    server.api().post("/api/reports", new JsonObject().put("targetType", "message").put("targetId", message)
      .put("reason", "Off-topic for this room."), member);
  }

  private static void shoot(Browser browser, String route, String readyWhen, String name) throws IOException {
    browser.go(route);
    browser.find(readyWhen);
    browser.script("return document.fonts.ready");
    Files.write(OUT.resolve(name + ".png"), browser.screenshot());
  }

  private static String busiestThread(TestServer server, String token) {
    JsonArray boards = server.api().get("/api/boards", token).bodyAsJsonObject().getJsonArray("items");
    JsonObject best = null;
    for (int i = 0; i < boards.size(); i++) {
      String board = boards.getJsonObject(i).getString("id");
      JsonArray threads = server.api().get("/api/boards/" + board + "/threads?kind=discussion", token).bodyAsJsonObject().getJsonArray("items");
      for (int j = 0; j < threads.size(); j++) {
        JsonObject thread = threads.getJsonObject(j);
        if (best == null || thread.getInteger("postCount") > best.getInteger("postCount")) {
          best = thread;
        }
      }
    }
    return best.getString("id");
  }

  private static String practiceTitled(TestServer server, String token, String title) {
    JsonArray all = server.api().get("/api/practices?status=all&limit=100", token).bodyAsJsonObject().getJsonArray("items");
    return all.stream().map(JsonObject.class::cast).filter(thread -> thread.getString("title").equals(title)).findFirst().orElseThrow()
      .getString("id");
  }

  private static JsonObject firstItem(JsonObject page) {
    return page.getJsonArray("items").getJsonObject(0);
  }
}
