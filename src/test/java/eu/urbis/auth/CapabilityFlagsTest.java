package eu.urbis.auth;

import eu.urbis.forum.ForumApi;
import eu.urbis.support.Api;
import eu.urbis.support.ChatClient;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static eu.urbis.forum.ForumApi.ok;
import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code can} flag held to the rule it stands for: for each role, a user reads the flag the API gives them
 * (a thread, a post, a message from the room's history, themselves) and then tries the action; the flag must say
 * yes exactly when the action succeeds, and the action must succeed for the roles the rule names.
 */
class CapabilityFlagsTest {
  private static final List<String> ROLES = List.of("member", "mentor", "moderator", "admin");
  private static final Set<String> EVERYONE = Set.copyOf(ROLES);
  private static final Set<String> MODERATORS = Set.of("moderator", "admin");
  private static final Set<String> ADMINS = Set.of("admin");
  private static final Set<String> NOBODY = Set.of();
  /** Replies nest at most this deep (ReplyTree.MAX_DEPTH). */
  private static final int MAX_DEPTH = 64;

  @RegisterExtension
  static final ServerExtension server = ServerExtension.start(config -> config.put("chat", new JsonObject().put("sendBurst", 1000)));
  private static final Api api = server.api();
  private static ForumApi forum;
  private static String admin;
  private static String board;
  private static String otherToken;
  private static String deepestPost;
  private static final Map<String, JsonObject> sessions = new LinkedHashMap<>();

  /** The flag the caller read, and whether the action they then tried succeeded. */
  private record Attempt(boolean flag, boolean succeeded) {
  }

  private record Case(String action, Set<String> allowed, Function<JsonObject, Attempt> attempt) {
  }

  @BeforeAll
  static void start() {
    forum = new ForumApi(api);
    admin = api.adminToken();
    for (String role : ROLES) {
      sessions.put(role, role.equals("member") ? api.newMember(role) : api.newUserWithRole(role, role));
    }
    board = forum.board("everyone");
    otherToken = api.newMember("other").getString("token");
    deepestPost = deepestPost();
  }

  private static final List<Case> CASES = List.of(
    new Case("retitle their own thread", EVERYONE, caller -> retitle(caller, ownThread(caller))),
    new Case("retitle another user's thread", MODERATORS, caller -> retitle(caller, othersThread())),
    new Case("reply to an open thread", EVERYONE, caller -> replyToThread(caller, othersThread())),
    new Case("reply to a locked thread", MODERATORS, caller -> replyToThread(caller, locked(othersThread()))),
    new Case("pin a thread", MODERATORS, caller -> pin(caller, othersThread())),
    new Case("delete a thread", NOBODY, caller -> deleteThread(caller, othersThread())),
    new Case("report a thread", NOBODY, caller -> reportThread(caller, othersThread())),

    new Case("edit their own post", EVERYONE, caller -> editPost(caller, openingPost(ownStarted(caller)))),
    new Case("edit another user's post", MODERATORS, caller -> editPost(caller, openingPost(othersStarted()))),
    new Case("edit their own deleted post", NOBODY, caller -> editPost(caller, deleted(caller, openingPost(ownStarted(caller))))),
    new Case("delete their own post", EVERYONE, caller -> deletePost(caller, openingPost(ownStarted(caller)))),
    new Case("delete another user's post", MODERATORS, caller -> deletePost(caller, openingPost(othersStarted()))),
    new Case("reply below a post of an open thread", EVERYONE, caller -> replyBelow(caller, openingPost(othersStarted()))),
    new Case("reply below a post of a locked thread", MODERATORS, caller -> replyBelow(caller, lockedPost())),
    new Case("reply below a post at the deepest level", NOBODY, caller -> replyBelow(caller, deepestPost)),
    new Case("read the last text of a deleted post", MODERATORS, caller -> readDeletedHistory(caller)),
    new Case("report another user's post", EVERYONE, caller -> reportPost(caller, openingPost(othersStarted()))),
    new Case("report their own post", NOBODY, caller -> reportPost(caller, openingPost(ownStarted(caller)))),
    new Case("report a deleted post", NOBODY, caller -> reportPost(caller, deleted(otherToken, openingPost(othersStarted())))),

    new Case("edit their own message", EVERYONE, caller -> editMessage(caller, token(caller), false)),
    new Case("edit another user's message", NOBODY, caller -> editMessage(caller, otherToken, false)),
    new Case("edit their own message while muted", NOBODY, caller -> editMessage(caller, token(caller), true)),
    new Case("delete their own message", EVERYONE, caller -> deleteMessage(caller, token(caller), false)),
    new Case("delete another user's message", MODERATORS, caller -> deleteMessage(caller, otherToken, false)),
    new Case("delete their own message while muted", EVERYONE, caller -> deleteMessage(caller, token(caller), true)),
    new Case("send in the room of a message", EVERYONE, caller -> sendBeside(caller, false)),
    new Case("send in the room of a message while muted", NOBODY, caller -> sendBeside(caller, true)),
    new Case("mute someone in the room of a message", MODERATORS, caller -> muteBeside(caller)),
    new Case("report another user's message", EVERYONE, caller -> reportMessage(caller, otherToken)),
    new Case("report their own message", NOBODY, caller -> reportMessage(caller, token(caller))),

    new Case("work the report queue", MODERATORS, caller -> new Attempt(me(caller, "moderate"),
      succeeded(api.get("/api/moderation/reports", token(caller)).statusCode()))),
    new Case("change a user's role", ADMINS, caller -> new Attempt(me(caller, "changeRoles"),
      succeeded(api.patch("/api/users/" + userId(api.newMember("promoted")), new JsonObject().put("role", "mentor"), token(caller)).statusCode()))),
    new Case("create a board", ADMINS, caller -> new Attempt(me(caller, "createBoards"),
      succeeded(api.post("/api/boards", new JsonObject().put("slug", "b-" + System.nanoTime()).put("name", "New").put("description", "")
        .put("postPolicy", "everyone"), token(caller)).statusCode()))));

  @TestFactory
  List<DynamicTest> eachFlagSaysYesExactlyWhereTheActionSucceeds() {
    List<DynamicTest> cells = new ArrayList<>();
    for (Case rule : CASES) {
      for (String role : ROLES) {
        boolean allowed = rule.allowed().contains(role);
        cells.add(DynamicTest.dynamicTest(rule.action() + " — " + role + " → " + (allowed ? "allowed" : "refused"), () -> {
          Attempt attempt = rule.attempt().apply(sessions.get(role));
          assertThat(attempt.succeeded()).as("%s as %s succeeded", rule.action(), role).isEqualTo(allowed);
          assertThat(attempt.flag()).as("the flag for %s as %s", rule.action(), role).isEqualTo(attempt.succeeded());
        }));
      }
    }
    return cells;
  }

  // threads

  private static Attempt retitle(JsonObject caller, JsonObject thread) {
    boolean flag = threadCan(caller, thread, "edit");
    return new Attempt(flag, succeeded(api.patch("/api/threads/" + id(thread), new JsonObject().put("title", "Renamed"), token(caller)).statusCode()));
  }

  private static Attempt replyToThread(JsonObject caller, JsonObject thread) {
    boolean flag = threadCan(caller, thread, "reply");
    return new Attempt(flag, succeeded(api.post("/api/threads/" + id(thread) + "/posts", new JsonObject().put("body", "A reply"), token(caller)).statusCode()));
  }

  private static Attempt pin(JsonObject caller, JsonObject thread) {
    boolean flag = threadCan(caller, thread, "moderate");
    return new Attempt(flag, succeeded(api.patch("/api/threads/" + id(thread), new JsonObject().put("pinned", true), token(caller)).statusCode()));
  }

  /** The API has no way to delete a thread: its posts are deleted. */
  private static Attempt deleteThread(JsonObject caller, JsonObject thread) {
    boolean flag = threadCan(caller, thread, "delete");
    return new Attempt(flag, succeeded(api.delete("/api/threads/" + id(thread), token(caller)).statusCode()));
  }

  /** Nor to report one: its posts are reported. */
  private static Attempt reportThread(JsonObject caller, JsonObject thread) {
    boolean flag = threadCan(caller, thread, "report");
    return new Attempt(flag, succeeded(report(caller, "thread", id(thread))));
  }

  private static boolean threadCan(JsonObject caller, JsonObject thread, String flag) {
    return can(ok(api.get("/api/threads/" + id(thread), token(caller))), flag);
  }

  // posts

  private static Attempt editPost(JsonObject caller, String post) {
    boolean flag = postCan(caller, post, "edit");
    return new Attempt(flag, succeeded(api.patch("/api/posts/" + post, new JsonObject().put("body", "Edited"), token(caller)).statusCode()));
  }

  private static Attempt deletePost(JsonObject caller, String post) {
    boolean flag = postCan(caller, post, "delete");
    return new Attempt(flag, succeeded(api.delete("/api/posts/" + post, token(caller)).statusCode()));
  }

  private static Attempt replyBelow(JsonObject caller, String post) {
    boolean flag = postCan(caller, post, "reply");
    String thread = ok(api.get("/api/posts/" + post, token(caller))).getString("threadId");
    return new Attempt(flag, succeeded(api.post("/api/threads/" + thread + "/posts",
      new JsonObject().put("body", "Below").put("parentId", post), token(caller)).statusCode()));
  }

  /** Only moderators read what a deleted post said; everyone else gets an empty history. */
  private static Attempt readDeletedHistory(JsonObject caller) {
    String post = deleted(otherToken, openingPost(othersStarted()));
    boolean flag = postCan(caller, post, "moderate");
    return new Attempt(flag, !ForumApi.items(api.get("/api/posts/" + post + "/history", token(caller))).isEmpty());
  }

  private static Attempt reportPost(JsonObject caller, String post) {
    boolean flag = postCan(caller, post, "report");
    return new Attempt(flag, succeeded(report(caller, "post", post)));
  }

  private static boolean postCan(JsonObject caller, String post, String flag) {
    return can(ok(api.get("/api/posts/" + post, token(caller))), flag);
  }

  // chat messages, read from the room's history

  private static Attempt editMessage(JsonObject caller, String authorToken, boolean muted) {
    return changeMessage(caller, authorToken, muted, new JsonObject().put("type", "edit").put("body", "as edited"), "edited");
  }

  private static Attempt deleteMessage(JsonObject caller, String authorToken, boolean muted) {
    return changeMessage(caller, authorToken, muted, new JsonObject().put("type", "delete"), "deleted");
  }

  /** Sends {@code change} (an edit or delete frame) about a new message; it succeeded when the room answers {@code done}. */
  private static Attempt changeMessage(JsonObject caller, String authorToken, boolean muted, JsonObject change, String done) {
    String action = change.getString("type");
    String room = ChatClient.newPublicRoom(api, admin, "Changes");
    try (ChatClient author = ChatClient.authenticated(server, authorToken); ChatClient changer = ChatClient.authenticated(server, token(caller))) {
      String id = author.say(room, "as written").getString("id");
      muteIf(muted, room, caller);
      changer.join(room, null);
      boolean flag = messageCan(caller, room, id, action);
      changer.send(change.put("room", room).put("id", id));
      JsonObject answer = await(changer.frame(f -> done.equals(f.getString("type")) && id.equals(f.getString("id"))
        || "error".equals(f.getString("type")) && action.equals(f.getString("ref"))));
      return new Attempt(flag, done.equals(answer.getString("type")));
    }
  }

  /** A message's "reply" is sending in its room. */
  private static Attempt sendBeside(JsonObject caller, boolean muted) {
    String room = ChatClient.newPublicRoom(api, admin, "Sends");
    try (ChatClient author = ChatClient.authenticated(server, otherToken); ChatClient sender = ChatClient.authenticated(server, token(caller))) {
      String id = author.say(room, "anyone there?").getString("id");
      muteIf(muted, room, caller);
      boolean flag = messageCan(caller, room, id, "reply");
      return new Attempt(flag, "ack".equals(sender.say(room, "here").getString("type")));
    }
  }

  private static Attempt muteBeside(JsonObject caller) {
    String room = ChatClient.newPublicRoom(api, admin, "Mutes");
    try (ChatClient author = ChatClient.authenticated(server, otherToken)) {
      String id = author.say(room, "noisy").getString("id");
      boolean flag = messageCan(caller, room, id, "moderate");
      return new Attempt(flag, succeeded(api.post("/api/chat/rooms/" + room + "/mutes",
        new JsonObject().put("userId", userId(api.newMember("noisy"))), token(caller)).statusCode()));
    }
  }

  private static Attempt reportMessage(JsonObject caller, String authorToken) {
    String room = ChatClient.newPublicRoom(api, admin, "Reports");
    try (ChatClient author = ChatClient.authenticated(server, authorToken)) {
      String id = author.say(room, "questionable").getString("id");
      boolean flag = messageCan(caller, room, id, "report");
      return new Attempt(flag, succeeded(report(caller, "message", id)));
    }
  }

  private static void muteIf(boolean muted, String room, JsonObject caller) {
    if (muted) {
      assertThat(api.post("/api/chat/rooms/" + room + "/mutes", new JsonObject().put("userId", userId(caller)), admin).statusCode()).isEqualTo(204);
    }
  }

  private static boolean messageCan(JsonObject caller, String room, String id, String flag) {
    JsonArray items = ForumApi.items(api.get("/api/chat/rooms/" + room + "/messages", token(caller)));
    return items.stream().map(JsonObject.class::cast).filter(message -> id.equals(message.getString("id")))
      .findFirst().map(message -> can(message, flag)).orElseThrow();
  }

  // the caller

  private static boolean me(JsonObject caller, String flag) {
    return can(ok(api.get("/api/me", token(caller))), flag);
  }

  // subjects

  private static JsonObject ownStarted(JsonObject caller) {
    return forum.startThread(token(caller), board, "Mine", "My own words");
  }

  private static JsonObject othersStarted() {
    return forum.startThread(otherToken, board, "Someone else's", "Their words");
  }

  private static JsonObject ownThread(JsonObject caller) {
    return ownStarted(caller).getJsonObject("thread");
  }

  private static JsonObject othersThread() {
    return othersStarted().getJsonObject("thread");
  }

  private static String openingPost(JsonObject started) {
    return id(started.getJsonObject("post"));
  }

  private static JsonObject locked(JsonObject thread) {
    assertThat(api.patch("/api/threads/" + id(thread), new JsonObject().put("locked", true), admin).statusCode()).isEqualTo(200);
    return thread;
  }

  private static String lockedPost() {
    JsonObject started = othersStarted();
    locked(started.getJsonObject("thread"));
    return openingPost(started);
  }

  private static String deleted(JsonObject caller, String post) {
    return deleted(token(caller), post);
  }

  private static String deleted(String token, String post) {
    assertThat(api.delete("/api/posts/" + post, token).statusCode()).isEqualTo(204);
    return post;
  }

  /** A chain of replies as deep as the tree goes. */
  private static String deepestPost() {
    JsonObject started = othersStarted();
    String thread = id(started.getJsonObject("thread"));
    String parent = openingPost(started);
    for (int depth = 1; depth <= MAX_DEPTH; depth++) {
      parent = id(forum.reply(otherToken, thread, "Level " + depth, parent));
    }
    return parent;
  }

  private static int report(JsonObject caller, String type, String id) {
    return api.post("/api/reports", new JsonObject().put("targetType", type).put("targetId", id).put("reason", "spam"), token(caller)).statusCode();
  }

  private static boolean can(JsonObject subject, String flag) {
    JsonObject can = subject.getJsonObject("can");
    assertThat(can).as("can of %s", subject.encode()).isNotNull();
    return can.getBoolean(flag);
  }

  private static boolean succeeded(int status) {
    return status >= 200 && status < 300;
  }

  private static String token(JsonObject session) {
    return session.getString("token");
  }

  private static String userId(JsonObject session) {
    return session.getJsonObject("user").getString("id");
  }

  private static String id(JsonObject json) {
    return json.getString("id");
  }
}
