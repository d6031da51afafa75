package eu.urbis.notify;

import eu.urbis.bus.Addresses;
import eu.urbis.forum.ForumApi;
import eu.urbis.support.Api;
import eu.urbis.support.ChatClient;
import eu.urbis.support.Eventually;
import eu.urbis.support.ServerExtension;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.eventbus.DeliveryContext;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static eu.urbis.forum.ForumApi.created;
import static eu.urbis.forum.ForumApi.ok;
import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who is told of what, live and in the inbox: mentions, replies, watched threads and boards, direct messages and
 * chat mentions, and never someone who muted it, wrote it, or may not see it.
 */
class NotificationsTest {
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

  private static String id(JsonObject session) {
    return session.getJsonObject("user").getString("id");
  }

  private static String username(JsonObject session) {
    return session.getJsonObject("user").getString("username");
  }

  /** The next {@code notification} frame on the recipient's socket. */
  private static JsonObject arrived(ChatClient socket, String kind) {
    return await(socket.frame(f -> "notification".equals(f.getString("type"))
      && kind.equals(f.getJsonObject("notification").getString("kind"))));
  }

  private static List<String> inboxKinds(JsonObject session) {
    return ok(api.get("/api/notifications", token(session))).getJsonArray("items").stream()
      .map(item -> ((JsonObject) item).getString("kind")).toList();
  }

  private static JsonObject startThread(JsonObject author, String title) {
    return forum.startThread(token(author), board, title, "Opening words.");
  }

  private static String threadId(JsonObject started) {
    return started.getJsonObject("thread").getString("id");
  }

  private static String openingPost(JsonObject started) {
    return started.getJsonObject("post").getString("id");
  }

  @Test
  void aMentionInAPostReachesTheMentionedLiveAndInTheInbox() {
    JsonObject author = api.newMember("speaker");
    JsonObject named = api.newMember("named");
    try (ChatClient socket = ChatClient.authenticated(server, token(named))) {
      JsonObject started = startThread(author, "Mentions <b>here</b>");
      String post = forum.reply(token(author), threadId(started), "What do you think, @" + username(named) + "?", null).getString("id");

      JsonObject frame = arrived(socket, "mention");
      assertThat(frame.getLong("unread")).isEqualTo(1);
      JsonObject notification = frame.getJsonObject("notification");
      assertThat(notification.getJsonObject("target"))
        .isEqualTo(new JsonObject().put("type", "post").put("id", post).put("threadId", threadId(started)));
      assertThat(notification.getString("title")).isEqualTo("Mentions <b>here</b>");
      assertThat(notification.getString("excerpt")).contains("What do you think");
      assertThat(notification.getJsonObject("actor").getString("id")).isEqualTo(id(author));
      assertThat(notification.getBoolean("read")).isFalse();
      assertThat(ok(api.get("/api/notifications", token(named))).getJsonArray("items").getJsonObject(0)).isEqualTo(notification);
    }
  }

  @Test
  void aPostsNotificationIsPushedFromAWorkerSoNoEventLoopWaitsBehindAFanOut() {
    JsonObject author = api.newMember("pusher");
    JsonObject named = api.newMember("pushed");
    String address = Addresses.user(id(named));
    List<Boolean> fromWorker = new CopyOnWriteArrayList<>();
    Handler<DeliveryContext<Object>> pushes = delivery -> {
      if (address.equals(delivery.message().address())) {
        fromWorker.add(Context.isOnWorkerThread());
      }
      delivery.next();
    };
    EventBus bus = server.server().vertx().eventBus();
    bus.addOutboundInterceptor(pushes);
    try (ChatClient socket = ChatClient.authenticated(server, token(named))) {
      JsonObject started = startThread(author, "Who pushes");
      forum.reply(token(author), threadId(started), "Over to you, @" + username(named), null);
      arrived(socket, "mention");
    } finally {
      bus.removeOutboundInterceptor(pushes);
    }
    assertThat(fromWorker).isNotEmpty().containsOnly(true);
  }

  @Test
  void aReplyToMyPostTellsMeAndTheThreadsWatcherHearsOfEveryOtherPost() {
    JsonObject starter = api.newMember("starter");
    JsonObject first = api.newMember("first");
    JsonObject second = api.newMember("second");
    JsonObject started = startThread(starter, "Cycle paths");
    try (ChatClient starterSocket = ChatClient.authenticated(server, token(starter));
         ChatClient firstSocket = ChatClient.authenticated(server, token(first))) {
      String reply = forum.reply(token(first), threadId(started), "Paint is cheap.", openingPost(started)).getString("id");
      assertThat(arrived(starterSocket, "reply").getJsonObject("notification").getJsonObject("target").getString("id")).isEqualTo(reply);

      forum.reply(token(second), threadId(started), "Kerbs are better.", reply);
      arrived(firstSocket, "reply");
      // the starter watches the thread they started; the first replier only tracks it
      arrived(starterSocket, "watched_post");
    }
    forum.reply(token(second), threadId(started), "And planters.", null);
    forum.reply(token(starter), threadId(started), "Marker for the first replier, @" + username(first), null);
    // made after the commit: the inbox has it once the fan-out ran
    assertThat(Eventually.within(Duration.ofSeconds(10), () -> ok(api.get("/api/notifications?kind=mention", token(first)))
      .getJsonArray("items").size(), size -> size == 1)).isEqualTo(1);
    assertThat(inboxKinds(first)).containsExactly("mention", "reply");
  }

  @Test
  void aMutedThreadTellsNothingEvenOfAMention() {
    JsonObject starter = api.newMember("quiet");
    JsonObject other = api.newMember("noisy");
    JsonObject started = startThread(starter, "Leave me be");
    assertThat(api.put("/api/threads/" + threadId(started) + "/watch", token(starter)).statusCode()).isEqualTo(400);
    var muted = api.raw(io.vertx.core.http.HttpMethod.PUT, "/api/threads/" + threadId(started) + "/watch", "application/json",
      new JsonObject().put("level", "muted").toBuffer(), token(starter));
    assertThat(muted.statusCode()).as(muted.bodyAsString()).isEqualTo(204);
    JsonObject elsewhere = startThread(other, "Elsewhere");
    try (ChatClient socket = ChatClient.authenticated(server, token(starter))) {
      forum.reply(token(other), threadId(started), "Hello @" + username(starter), openingPost(started));
      forum.reply(token(other), threadId(elsewhere), "Marker @" + username(starter), null);
      arrived(socket, "mention");
    }
    assertThat(inboxKinds(starter)).containsExactly("mention");
    assertThat(ok(api.get("/api/notifications", token(starter))).getJsonArray("items").getJsonObject(0)
      .getJsonObject("target").getString("threadId")).isEqualTo(threadId(elsewhere));
  }

  @Test
  void watchingABoardTellsOfEachNewThreadThere() {
    JsonObject watcher = api.newMember("boardwatcher");
    String watchedBoard = forum.board("everyone");
    var watching = api.raw(io.vertx.core.http.HttpMethod.PUT, "/api/boards/" + watchedBoard + "/watch", "application/json",
      new JsonObject().put("level", "watching").toBuffer(), token(watcher));
    assertThat(watching.statusCode()).as(watching.bodyAsString()).isEqualTo(204);
    try (ChatClient socket = ChatClient.authenticated(server, token(watcher))) {
      JsonObject started = forum.startThread(token(api.newMember("newcomer")), watchedBoard, "Fresh", "New here.");
      JsonObject notification = arrived(socket, "watched_thread").getJsonObject("notification");
      assertThat(notification.getJsonObject("target").getString("id")).isEqualTo(openingPost(started));
    }
  }

  @Test
  void aDirectMessageTellsTheOtherPersonAndAPrivateRoomMentionTellsOnlyMembers() {
    JsonObject sender = api.newMember("sender");
    JsonObject receiver = api.newMember("receiver");
    JsonObject outsider = api.newMember("outsider");
    String direct = created(api.post("/api/chat/rooms", new JsonObject().put("name", "dm").put("kind", "direct")
      .put("members", new JsonArray().add(id(receiver))), token(sender))).getString("id");
    String secret = created(api.post("/api/chat/rooms", new JsonObject().put("name", "Secret plans").put("kind", "private")
      .put("members", new JsonArray().add(id(receiver))), token(sender))).getString("id");
    try (ChatClient from = ChatClient.authenticated(server, token(sender));
         ChatClient to = ChatClient.authenticated(server, token(receiver));
         ChatClient outside = ChatClient.authenticated(server, token(outsider))) {
      JsonObject ack = from.say(direct, "Coffee?");
      JsonObject dm = arrived(to, "direct_message").getJsonObject("notification");
      assertThat(dm.getJsonObject("target")).isEqualTo(new JsonObject().put("type", "message").put("id", ack.getString("id"))
        .put("roomId", direct).put("seq", 1));
      assertThat(dm.getString("title")).isEqualTo(sender.getJsonObject("user").getString("displayName"));

      from.say(secret, "@" + username(outsider) + " and @" + username(receiver) + ": the secret");
      assertThat(arrived(to, "mention").getJsonObject("notification").getString("title")).isEqualTo("Secret plans");
      String lobby = ChatClient.newPublicRoom(api, token(sender), "Open lobby");
      from.say(lobby, "Marker for @" + username(outsider));
      assertThat(arrived(outside, "mention").getJsonObject("notification").getString("excerpt")).contains("Marker");
    }
    assertThat(inboxKinds(outsider)).containsExactly("mention");
    assertThat(ok(api.get("/api/notifications", token(outsider))).encode()).doesNotContain("secret");
  }

  @Test
  void aRemovalThroughAReportTellsTheAuthorWhyAndTheReporterTheOutcome() {
    JsonObject author = api.newMember("offender");
    JsonObject reporter = api.newMember("reporter");
    JsonObject moderator = api.newUserWithRole("moderator", "moderator");
    JsonObject started = startThread(author, "Spam ahead");
    String report = created(api.post("/api/reports", new JsonObject().put("targetType", "post")
      .put("targetId", openingPost(started)).put("reason", "advertising"), token(reporter))).getString("id");
    try (ChatClient authorSocket = ChatClient.authenticated(server, token(author));
         ChatClient reporterSocket = ChatClient.authenticated(server, token(reporter))) {
      ok(api.post("/api/moderation/reports/" + report + "/resolve",
        new JsonObject().put("action", "delete").put("note", "No adverts, please."), token(moderator)));

      JsonObject removed = arrived(authorSocket, "moderation").getJsonObject("notification");
      assertThat(removed.getString("title")).isEqualTo("Your post was removed by a moderator");
      assertThat(removed.getString("excerpt")).isEqualTo("No adverts, please.");
      assertThat(removed.getValue("actor")).isNull();
      assertThat(removed.getJsonObject("target").getString("threadId")).isEqualTo(threadId(started));
      assertThat(arrived(reporterSocket, "moderation").getJsonObject("notification").getString("title"))
        .isEqualTo("Your report was upheld: the post was removed");
    }
  }
}
