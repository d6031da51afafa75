package eu.urbis.moderation;

import eu.urbis.forum.ForumApi;
import eu.urbis.programme.ProgrammeApi;
import eu.urbis.support.Api;
import eu.urbis.support.ChatClient;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/permissions.md, executed: every cell of its role × action table becomes one test that performs the action as
 * a user of that role and checks it succeeded ("yes") or was refused ("no"). A row without a scenario here fails.
 */
class PermissionMatrixTest {
  private static final List<String> ROLES = List.of("member", "mentor", "moderator", "admin");
  private static final String START = "<!-- permission-matrix:start -->";
  private static final String END = "<!-- permission-matrix:end -->";

  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();
  private static final ForumApi forum = new ForumApi(api);
  private static final ProgrammeApi programme = new ProgrammeApi(api);
  private static final Map<String, String> tokens = new LinkedHashMap<>();
  private static String everyoneBoard;
  private static String mentorsBoard;
  private static String otherToken;
  private static String lobby;
  private static String privateRoom;

  @BeforeAll
  static void setUp() {
    for (String role : ROLES) {
      tokens.put(role, role.equals("member") ? api.newMember(role).getString("token") : api.newUserWithRole(role, role).getString("token"));
    }
    everyoneBoard = forum.board("everyone");
    mentorsBoard = forum.board("mentors");
    otherToken = api.newMember("other").getString("token");
    lobby = room("public");
    privateRoom = room("private");
  }

  /** Outcome of one attempt: the HTTP status, or for WebSocket actions 200/403 by the answer frame. */
  private static final Map<String, Function<String, Integer>> SCENARIOS = Map.ofEntries(
    Map.entry("start a thread on an everyone board", token -> startThread(token, everyoneBoard)),
    Map.entry("start a thread on a mentors board", token -> startThread(token, mentorsBoard)),
    Map.entry("reply to an open thread", token -> reply(token, othersThread())),
    Map.entry("reply to a locked thread", token -> reply(token, lockedThread())),
    Map.entry("edit their own post", token -> editPost(token, ownThread(token).getJsonObject("post"))),
    Map.entry("edit another user's post", token -> editPost(token, othersPost())),
    Map.entry("delete another user's post", token -> api.delete("/api/posts/" + othersPost().getString("id"), token).statusCode()),
    Map.entry("retitle their own thread", token -> changeThread(token, ownThread(token).getJsonObject("thread"), new JsonObject().put("title", "Retitled by its author"))),
    Map.entry("retitle another user's thread", token -> changeThread(token, othersThreadJson(), new JsonObject().put("title", "Retitled by another"))),
    Map.entry("pin a thread", token -> changeThread(token, othersThreadJson(), new JsonObject().put("pinned", true))),
    Map.entry("lock a thread", token -> changeThread(token, othersThreadJson(), new JsonObject().put("locked", true))),
    Map.entry("move a thread to another board", token -> changeThread(token, othersThreadJson(), new JsonObject().put("boardId", mentorsBoard))),
    Map.entry("create a board", token -> api.post("/api/boards", new JsonObject().put("slug", "b-" + System.nanoTime()).put("name", "New")
      .put("description", "").put("postPolicy", "everyone"), token).statusCode()),
    Map.entry("report a post", token -> api.post("/api/reports", new JsonObject().put("targetType", "post")
      .put("targetId", othersPost().getString("id")).put("reason", "spam"), token).statusCode()),
    Map.entry("report their own post", token -> api.post("/api/reports", new JsonObject().put("targetType", "post")
      .put("targetId", ownThread(token).getJsonObject("post").getString("id")).put("reason", "spam"), token).statusCode()),
    Map.entry("work the report queue", token -> api.get("/api/moderation/reports", token).statusCode()),
    Map.entry("read the audit log", token -> api.get("/api/moderation/audit", token).statusCode()),
    Map.entry("suspend a member", token -> suspend(token, api.newMember("target").getJsonObject("user").getString("id"))),
    Map.entry("suspend an admin", token -> suspend(token, api.newUserWithRole("target-admin", "admin").getJsonObject("user").getString("id"))),
    Map.entry("change a user's role", token -> api.patch("/api/users/" + api.newMember("promoted").getJsonObject("user").getString("id"),
      new JsonObject().put("role", "mentor"), token).statusCode()),
    Map.entry("mute someone in a chat room", token -> api.post("/api/chat/rooms/" + lobby + "/mutes",
      new JsonObject().put("userId", api.newMember("noisy").getJsonObject("user").getString("id")), token).statusCode()),
    Map.entry("send in a public chat room", PermissionMatrixTest::sendInLobby),
    Map.entry("delete another user's chat message", PermissionMatrixTest::deleteOthersMessage),
    Map.entry("edit another user's chat message", PermissionMatrixTest::editOthersMessage),
    Map.entry("read a private room they are not in (404)", token -> api.get("/api/chat/rooms/" + privateRoom + "/messages", token).statusCode()),
    Map.entry("name a city coordinator", token -> api.put("/api/cities/plovdiv/coordinators/"
      + ProgrammeApi.id(programme.member("named", "plovdiv")), token).statusCode()),
    Map.entry("edit the page of a city they do not coordinate", token -> api.patch("/api/cities/ancona",
      new JsonObject().put("profile", new JsonObject().put("summary", "Edited")), token).statusCode()),
    Map.entry("claim another city's practice for review", token -> claim(token, submittedPractice("ancona"))),
    Map.entry("validate a practice of their own city", PermissionMatrixTest::validateOwnCitysPractice),
    Map.entry("declare an adoption for their own city while it has no coordinator", token -> adopt(token, "gabrovo")),
    Map.entry("declare an adoption for a city they do not speak for", token -> adopt(token, "kielce")),
    Map.entry("post an announcement to the cities", token -> api.post("/api/boards/" + everyoneBoard + "/threads", new JsonObject()
      .put("title", "An announcement").put("body", "Read me").put("kind", "announcement").put("audience", "all"), token).statusCode()),
    Map.entry("read the programme dashboard", token -> api.get("/api/dashboard", token).statusCode()),
    Map.entry("ask the network for help for their city", token -> api.post("/api/requests", helpWanted(), token).statusCode()),
    Map.entry("accept another city's request for help", token -> api.post("/api/requests/" + askedBy(programme.member("asker", "kielce"))
      + "/accept", new JsonObject(), token).statusCode()),
    Map.entry("close another person's request for help", token -> api.post("/api/requests/" + askedBy(programme.member("asker", "gabrovo"))
      + "/close", new JsonObject().put("outcome", "Closed by someone else"), token).statusCode()),
    Map.entry("turn another user's chat messages into a thread", PermissionMatrixTest::promoteOthersMessage));

  @TestFactory
  List<DynamicTest> everyCellOfTheDocumentedTableHolds() throws IOException {
    List<DynamicTest> cells = new ArrayList<>();
    for (String row : tableRows()) {
      String[] columns = row.split("\\|");
      String action = columns[1].strip();
      for (int i = 0; i < ROLES.size(); i++) {
        String role = ROLES.get(i);
        boolean allowed = columns[i + 2].strip().equals("yes");
        int denied = action.endsWith("(404)") ? 404 : 403;
        cells.add(DynamicTest.dynamicTest(action + " — " + role + " → " + (allowed ? "allowed" : "refused"), () -> {
          assertThat(SCENARIOS).as("a scenario for '%s'", action).containsKey(action);
          int status = SCENARIOS.get(action).apply(tokens.get(role));
          if (allowed) {
            assertThat(status).as("%s as %s", action, role).isBetween(200, 299);
          } else {
            assertThat(status).as("%s as %s", action, role).isEqualTo(denied);
          }
        }));
      }
    }
    assertThat(cells).hasSize(SCENARIOS.size() * ROLES.size());
    return cells;
  }

  private static List<String> tableRows() throws IOException {
    String doc = Files.readString(Path.of("docs/permissions.md"));
    String table = doc.substring(doc.indexOf(START) + START.length(), doc.indexOf(END));
    return table.lines().filter(line -> line.startsWith("| ") && !line.startsWith("| action")).toList();
  }

  /** A practice of {@code cityId}, written and submitted by a member there: its thread id. */
  private static String submittedPractice(String cityId) {
    JsonObject author = programme.member("practice-author", cityId);
    String id = programme.practice(author, "A practice to review").getString("id");
    programme.moved(author, id, ProgrammeApi.to("submitted"));
    return id;
  }

  private static int claim(String token, String practiceId) {
    return api.post("/api/practices/" + practiceId + "/transitions", ProgrammeApi.to("in_review"), token).statusCode();
  }

  private static int validateOwnCitysPractice(String token) {
    String practice = submittedPractice("gabrovo");
    int claimed = claim(token, practice);
    if (claimed != 200) {
      return claimed;
    }
    return api.post("/api/practices/" + practice + "/transitions", ProgrammeApi.to("validated").put("evidence", "piloted"), token).statusCode();
  }

  private static int adopt(String token, String cityId) {
    JsonObject author = programme.member("adopted-author", "ancona");
    String practice = programme.validated(author, programme.withRole("reviewer", "hamburg", "mentor"), "proven").getString("id");
    return api.put("/api/practices/" + practice + "/adoptions/" + cityId, new JsonObject().put("stage", "exploring"), token).statusCode();
  }

  private static String room(String kind) {
    return ChatClient.newRoom(api, api.adminToken(), kind + " room", kind);
  }

  private static int startThread(String token, String board) {
    return api.post("/api/boards/" + board + "/threads", new JsonObject().put("title", "A new thread").put("body", "Hello"), token).statusCode();
  }

  private static int reply(String token, String threadId) {
    return api.post("/api/threads/" + threadId + "/posts", new JsonObject().put("body", "A reply"), token).statusCode();
  }

  private static int editPost(String token, JsonObject post) {
    return api.patch("/api/posts/" + post.getString("id"), new JsonObject().put("body", "Edited"), token).statusCode();
  }

  private static int changeThread(String token, JsonObject thread, JsonObject change) {
    return api.patch("/api/threads/" + thread.getString("id"), change, token).statusCode();
  }

  private static int suspend(String token, String userId) {
    return api.post("/api/users/" + userId + "/suspend", new JsonObject().put("reason", "matrix"), token).statusCode();
  }

  private static JsonObject ownThread(String token) {
    return forum.startThread(token, everyoneBoard, "Mine", "My own words");
  }

  private static JsonObject othersThreadJson() {
    return forum.startThread(otherToken, everyoneBoard, "Someone else's", "Their words").getJsonObject("thread");
  }

  private static String othersThread() {
    return othersThreadJson().getString("id");
  }

  private static JsonObject othersPost() {
    return forum.startThread(otherToken, everyoneBoard, "Someone else's post", "Their words").getJsonObject("post");
  }

  private static String lockedThread() {
    String thread = othersThread();
    assertThat(api.patch("/api/threads/" + thread, new JsonObject().put("locked", true), api.adminToken()).statusCode()).isEqualTo(200);
    return thread;
  }

  private static int sendInLobby(String token) {
    try (ChatClient client = ChatClient.authenticated(server, token)) {
      client.join(lobby, null);
      JsonObject answer = client.say(lobby, "hello from the matrix");
      return "ack".equals(answer.getString("type")) ? 200 : 403;
    }
  }

  private static int editOthersMessage(String token) {
    try (ChatClient author = ChatClient.authenticated(server, otherToken); ChatClient editor = ChatClient.authenticated(server, token)) {
      author.join(lobby, null);
      String id = author.say(lobby, "my words").getString("id");
      editor.join(lobby, null);
      editor.send(new JsonObject().put("type", "edit").put("room", lobby).put("id", id).put("body", "other words"));
      JsonObject answer = await(editor.frame(frame -> ("edited".equals(frame.getString("type")) && id.equals(String.valueOf(frame.getValue("id"))))
        || "error".equals(frame.getString("type"))));
      return "edited".equals(answer.getString("type")) ? 200 : 403;
    }
  }

  private static int deleteOthersMessage(String token) {
    try (ChatClient author = ChatClient.authenticated(server, otherToken); ChatClient deleter = ChatClient.authenticated(server, token)) {
      author.join(lobby, null);
      String id = author.say(lobby, "mine to keep").getString("id");
      deleter.join(lobby, null);
      deleter.send(new JsonObject().put("type", "delete").put("room", lobby).put("id", id));
      JsonObject answer = await(deleter.frame(frame -> ("deleted".equals(frame.getString("type")) && id.equals(String.valueOf(frame.getValue("id"))))
        || "error".equals(frame.getString("type"))));
      return "deleted".equals(answer.getString("type")) ? 200 : 403;
    }
  }

  private static JsonObject helpWanted() {
    return new JsonObject().put("theme", "open-data").put("title", "Help wanted").put("need", "Someone who has done it");
  }

  /** A request for help by {@code session}'s city: its id. */
  private static String askedBy(JsonObject session) {
    return ForumApi.created(api.post("/api/requests", helpWanted(), session.getString("token"))).getString("id");
  }

  private static int promoteOthersMessage(String token) {
    try (ChatClient author = ChatClient.authenticated(server, otherToken)) {
      author.join(lobby, null);
      long seq = author.say(lobby, "worth a thread").getLong("seq");
      return api.post("/api/chat/rooms/" + lobby + "/promote", new JsonObject().put("fromSeq", seq).put("toSeq", seq)
        .put("boardId", everyoneBoard).put("title", "From the lobby"), token).statusCode();
    }
  }
}
