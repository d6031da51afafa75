package eu.urbis.http;

import eu.urbis.forum.ForumApi;
import eu.urbis.support.Api;
import eu.urbis.support.ChatClient;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.junit.jupiter.api.extension.RegisterExtension;

import static eu.urbis.support.ProblemAssert.assertProblem;
import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/** NUL and the other control characters (but tab, LF, CR) are refused at the edge: 400 / bad_frame, never a 500. */
class ControlCharactersTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();
  private static final ForumApi forum = new ForumApi(api);
  private static String token;
  private static String board;
  private static String thread;

  @BeforeAll
  static void setUp() {
    token = api.newMember("controls").getString("token");
    board = forum.board("everyone");
    thread = forum.startThread(token, board, "Clean title", "clean body").getJsonObject("thread").getString("id");
  }

  private static void assertFieldRefused(JsonObject problem, String field) {
    assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo(field);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u0000", "\u0007", "\u001b", "\u007f", "\u0085"})
  void aControlCharacterInAnyBodyFieldIs400NamingTheField(String control) {
    assertFieldRefused(assertProblem(api.post("/api/boards/" + board + "/threads",
      new JsonObject().put("title", "a" + control + "b").put("body", "fine"), token), 400), "title");
    assertFieldRefused(assertProblem(api.post("/api/threads/" + thread + "/posts",
      new JsonObject().put("body", "x" + control), token), 400), "body");
    assertFieldRefused(assertProblem(api.post("/api/auth/login",
      new JsonObject().put("username", "nul" + control).put("password", "whatever it is")), 400), "username");
    assertFieldRefused(assertProblem(api.post("/api/chat/rooms",
      new JsonObject().put("name", "Room").put("kind", "public").put("topic", control), token), 400), "topic");
  }

  @Test
  void tabLineFeedAndCarriageReturnStayAllowed() {
    var reply = api.post("/api/threads/" + thread + "/posts", new JsonObject().put("body", "one\ttwo\r\nthree\nfour"), token);
    assertThat(reply.statusCode()).as(reply.bodyAsString()).isEqualTo(201);
  }

  @Test
  void aControlCharacterInAQueryParameterOrThePathIs400() {
    assertFieldRefused(assertProblem(api.get("/api/search?q=a%00b", token), 400), "q");
    assertFieldRefused(assertProblem(api.get("/api/search?q=city&city=a%00b", token), 400), "city");
    assertProblem(api.get("/api/cities/a%00b"), 400);
  }

  @Test
  void aCursorHoldingAControlCharacterIs400() {
    String cursor = PageRequest.encode(new JsonObject().put("path", "\u0000"));
    assertFieldRefused(assertProblem(api.get("/api/threads/" + thread + "/posts?cursor=" + cursor, token), 400), "cursor");
  }

  @Test
  void aChatFrameHoldingAControlCharacterIsABadFrameAndNothingIsStored() {
    String room = ChatClient.newPublicRoom(api, token, "Controls");
    try (ChatClient client = ChatClient.authenticated(server, token)) {
      client.join(room, null);
      JsonObject answer = client.say(room, "nul-send", "hello\u0000world");
      assertThat(answer.getString("code")).isEqualTo("bad_frame");
      assertThat(answer.getString("ref")).isEqualTo("nul-send");
      assertThat(client.say(room, "after it").getString("type")).isEqualTo("ack");
    }
    var history = api.get("/api/chat/rooms/" + room + "/messages", token).bodyAsJsonObject().getJsonArray("items");
    assertThat(history).hasSize(1);
  }
}
