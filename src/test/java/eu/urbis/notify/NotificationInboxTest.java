package eu.urbis.notify;

import eu.urbis.forum.ForumApi;
import eu.urbis.support.Api;
import eu.urbis.support.ChatClient;
import eu.urbis.support.ServerExtension;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static eu.urbis.forum.ForumApi.ok;
import static eu.urbis.support.ProblemAssert.assertFieldError;
import static eu.urbis.support.ProblemAssert.assertProblem;
import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/** The inbox: pages newest first, filters, the unread count, marking read (some, up to one, all), and bad input. */
class NotificationInboxTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start(config -> config
    .put("rateLimits", new JsonObject().put("registrationsPerIp", 1000)));
  private static final Api api = server.api();
  private static ForumApi forum;
  private static String board;

  @BeforeAll
  static void setUp() {
    forum = new ForumApi(api);
    board = forum.board("everyone");
  }

  private static String token(JsonObject session) {
    return session.getString("token");
  }

  /** A recipient with {@code mentions} mentions and one reply, newest last; answers the session. */
  private static JsonObject withInbox(int mentions) {
    JsonObject recipient = api.newMember("inbox");
    JsonObject other = api.newMember("writer");
    String username = recipient.getJsonObject("user").getString("username");
    JsonObject started = forum.startThread(token(recipient), board, "Inbox", "Tell me.");
    String thread = started.getJsonObject("thread").getString("id");
    try (ChatClient socket = ChatClient.authenticated(server, token(recipient))) {
      for (int i = 0; i < mentions; i++) {
        forum.reply(token(other), thread, "Mention " + i + " @" + username, null);
      }
      forum.reply(token(other), thread, "A plain answer.", started.getJsonObject("post").getString("id"));
      await(socket.frame(f -> "notification".equals(f.getString("type")) && f.getLong("unread") == mentions + 1));
    }
    return recipient;
  }

  private static JsonArray items(String path, JsonObject session) {
    return ok(api.get(path, token(session))).getJsonArray("items");
  }

  private static List<String> ids(JsonArray items) {
    return items.stream().map(item -> ((JsonObject) item).getString("id")).toList();
  }

  private static long unread(JsonObject session) {
    return ok(api.get("/api/notifications/count", token(session))).getLong("unread");
  }

  @Test
  void theInboxPagesNewestFirstAndFiltersByKindAndUnread() {
    JsonObject recipient = withInbox(3);
    JsonObject first = ok(api.get("/api/notifications?limit=2", token(recipient)));
    JsonArray page = first.getJsonArray("items");
    assertThat(page.getJsonObject(0).getString("kind")).isEqualTo("reply");
    JsonArray rest = items("/api/notifications?limit=2&cursor=" + first.getString("next"), recipient);
    assertThat(rest).hasSize(2);
    assertThat(Long.parseLong(page.getJsonObject(1).getString("id"))).isGreaterThan(Long.parseLong(rest.getJsonObject(0).getString("id")));
    assertThat(items("/api/notifications?kind=mention", recipient)).hasSize(3);
    assertThat(items("/api/notifications?kind=reply&unread=true", recipient)).hasSize(1);
  }

  @Test
  void markingSomeUpToOneOrAllReadCountsDownAndTellsTheOtherTabs() {
    JsonObject recipient = withInbox(3);
    List<String> newestFirst = ids(items("/api/notifications", recipient));
    try (ChatClient otherTab = ChatClient.authenticated(server, token(recipient))) {
      JsonObject some = ok(api.post("/api/notifications/read", new JsonObject().put("ids", new JsonArray().add(newestFirst.get(0))), token(recipient)));
      assertThat(some.getLong("unread")).isEqualTo(3);
      assertThat(await(otherTab.frame(f -> "notifications".equals(f.getString("type")))).getLong("unread")).isEqualTo(3);

      JsonObject upTo = ok(api.post("/api/notifications/read", new JsonObject().put("upTo", newestFirst.get(2)), token(recipient)));
      assertThat(upTo.getLong("unread")).isEqualTo(1);
      assertThat(ids(items("/api/notifications?unread=true", recipient))).containsExactly(newestFirst.get(1));

      assertThat(ok(api.post("/api/notifications/read", new JsonObject().put("all", true), token(recipient))).getLong("unread")).isZero();
      assertThat(unread(recipient)).isZero();
      assertThat(items("/api/notifications", recipient).getJsonObject(0).getBoolean("read")).isTrue();
    }
  }

  @Test
  void anotherUsersNotificationsAreNotFoundAndChangeNothing() {
    JsonObject owner = withInbox(1);
    JsonObject stranger = api.newMember("stranger");
    String theirs = ids(items("/api/notifications", owner)).get(0);
    assertProblem(api.post("/api/notifications/read", new JsonObject().put("ids", new JsonArray().add(theirs)), token(stranger)), 404);
    assertProblem(api.post("/api/notifications/read", new JsonObject().put("upTo", theirs), token(stranger)), 404);
    assertThat(items("/api/notifications", stranger)).isEmpty();
    assertThat(unread(owner)).isEqualTo(2);
  }

  @Test
  void badInputIsAFieldErrorAndChangesNothing() {
    JsonObject recipient = withInbox(1);
    assertFieldError(api.get("/api/notifications?kind=gossip", token(recipient)), "kind");
    assertFieldError(api.get("/api/notifications?unread=maybe", token(recipient)), "unread");
    assertFieldError(api.post("/api/notifications/read", new JsonObject(), token(recipient)), "ids");
    assertFieldError(api.post("/api/notifications/read", new JsonObject().put("ids", new JsonArray().add("x")), token(recipient)), "ids");
    assertFieldError(api.post("/api/notifications/read", new JsonObject().put("all", false), token(recipient)), "all");
    String thread = forum.startThread(token(recipient), board, "Watch me", "Please.").getJsonObject("thread").getString("id");
    assertFieldError(watch("/api/threads/" + thread + "/watch", "obsessed", recipient), "level");
    assertProblem(watch("/api/threads/999999/watch", "watching", recipient), 404);
    assertProblem(watch("/api/boards/nope/watch", "watching", recipient), 404);
    assertThat(unread(recipient)).isEqualTo(2);
  }

  private static io.vertx.ext.web.client.HttpResponse<io.vertx.core.buffer.Buffer> watch(String path, String level, JsonObject session) {
    return api.raw(HttpMethod.PUT, path, "application/json", new JsonObject().put("level", level).toBuffer(), token(session));
  }
}
