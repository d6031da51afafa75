package eu.urbis.programme;

import eu.urbis.forum.ForumApi;
import eu.urbis.support.Api;
import eu.urbis.support.ChatClient;
import eu.urbis.support.Db;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static eu.urbis.forum.ForumApi.created;
import static eu.urbis.programme.ProgrammeApi.id;
import static eu.urbis.programme.ProgrammeApi.token;
import static eu.urbis.support.ProblemAssert.assertFieldError;
import static eu.urbis.support.ProblemAssert.assertProblem;
import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/** A run of chat messages becomes a thread quoting them; the room links the thread and the thread links back. */
class ChatPromotionTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();
  private static final ProgrammeApi programme = new ProgrammeApi(api);
  private static final ForumApi forum = new ForumApi(api);
  private static String board;

  private static synchronized String board() {
    if (board == null) {
      board = forum.board("everyone");
    }
    return board;
  }

  private static long threads() {
    return Db.count(server, "SELECT count(*) FROM threads");
  }

  private static JsonObject promote(long from, long to) {
    return new JsonObject().put("fromSeq", from).put("toSeq", to).put("boardId", board()).put("title", "What we learnt in chat");
  }

  private static String privateRoom(JsonObject owner, JsonObject... members) {
    JsonArray ids = new JsonArray();
    for (JsonObject member : members) {
      ids.add(id(member));
    }
    return created(api.post("/api/chat/rooms", new JsonObject().put("kind", "private").put("name", "Working group").put("members", ids),
      token(owner))).getString("id");
  }

  @Test
  void theAuthorTurnsTheirMessagesIntoAThreadQuotingEachAndTheRoomLinksIt() {
    JsonObject author = programme.member("talker", "kielce");
    String room = privateRoom(author);
    try (ChatClient chat = ChatClient.authenticated(server, token(author))) {
      chat.join(room, null);
      chat.say(room, "We tried **open** tenders");
      chat.say(room, "It took two rounds\nand a lawyer");
      JsonObject response = created(api.post("/api/chat/rooms/" + room + "/promote", promote(1, 2), token(author)));
      assertThat(response.getString("title")).isEqualTo("What we learnt in chat");
      String threadId = response.getString("id");

      JsonObject first = ForumApi.items(api.get("/api/threads/" + threadId + "/posts", token(author))).getJsonObject(0);
      String body = first.getString("body");
      assertThat(body).contains("#/rooms/" + room).contains("> We tried **open** tenders").contains("> It took two rounds\n> and a lawyer")
        .contains(author.getJsonObject("user").getString("displayName"));

      JsonObject link = await(chat.message(room, 3));
      assertThat(link.getString("body")).contains("#/threads/" + threadId);
      assertThat(link.getJsonObject("author").getString("id")).isEqualTo(id(author));
    }
  }

  @Test
  void someoneElsesMessagesAreRefusedButAModeratorMayPromoteThem() {
    JsonObject author = programme.member("speaker", "kielce");
    JsonObject other = programme.member("listener", "kielce");
    JsonObject moderator = programme.withRole("moderator", "kielce", "moderator");
    String room = privateRoom(author, other, moderator);
    try (ChatClient chat = ChatClient.authenticated(server, token(author))) {
      chat.join(room, null);
      chat.say(room, "Mine");
    }
    long before = threads();
    assertProblem(api.post("/api/chat/rooms/" + room + "/promote", promote(1, 1), token(other)), 403);
    assertThat(threads()).isEqualTo(before);
    created(api.post("/api/chat/rooms/" + room + "/promote", promote(1, 1), token(moderator)));
    assertThat(threads()).isEqualTo(before + 1);
  }

  @Test
  void aRoomTheCallerCannotSeeIsNotFound() {
    JsonObject author = programme.member("hidden", "ruse");
    String room = privateRoom(author);
    try (ChatClient chat = ChatClient.authenticated(server, token(author))) {
      chat.join(room, null);
      chat.say(room, "Secret");
    }
    JsonObject moderatorOutside = programme.withRole("outside-mod", "ruse", "moderator");
    assertProblem(api.post("/api/chat/rooms/" + room + "/promote", promote(1, 1), token(moderatorOutside)), 404);
    assertProblem(api.post("/api/chat/rooms/999999/promote", promote(1, 1), token(author)), 404);
  }

  @Test
  void badRangesAndMissingFieldsAreRefusedWithTheFieldAndMakeNoThread() {
    JsonObject author = programme.member("ranger", "ruse");
    String room = privateRoom(author);
    try (ChatClient chat = ChatClient.authenticated(server, token(author))) {
      chat.join(room, null);
      chat.say(room, "One");
    }
    long before = threads();
    String path = "/api/chat/rooms/" + room + "/promote";
    assertFieldError(api.post(path, promote(0, 1), token(author)), "fromSeq");
    assertFieldError(api.post(path, promote(2, 1), token(author)), "toSeq");
    assertFieldError(api.post(path, promote(1, 201), token(author)), "toSeq");
    assertFieldError(api.post(path, promote(5, 9), token(author)), "fromSeq");
    assertFieldError(api.post(path, promote(1, 1).put("fromSeq", "one"), token(author)), "fromSeq");
    assertFieldError(api.post(path, promote(1, 1).putNull("boardId"), token(author)), "boardId");
    assertFieldError(api.post(path, promote(1, 1).put("title", ""), token(author)), "title");
    assertThat(threads()).isEqualTo(before);
  }
}
