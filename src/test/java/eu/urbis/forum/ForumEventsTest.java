package eu.urbis.forum;

import eu.urbis.bus.Addresses;
import eu.urbis.forum.ForumEvent.PostCreated;
import eu.urbis.forum.ForumEvent.PostDeleted;
import eu.urbis.forum.ForumEvent.PostEdited;
import eu.urbis.forum.ForumEvent.ThreadChanged.Change;
import eu.urbis.forum.ForumEvent.ThreadChanged;
import eu.urbis.forum.ForumEvent.ThreadRef;
import eu.urbis.support.Api;
import eu.urbis.support.Published;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Set;

import static eu.urbis.forum.ForumApi.created;
import static eu.urbis.forum.ForumApi.ok;
import static eu.urbis.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** After each commit the forum publishes what happened, on the thread's address and forum-wide; refusals publish nothing. */
class ForumEventsTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();
  private static ForumApi forum;
  private static String board;
  private static String mentorsBoard;
  private static JsonObject author;
  private static JsonObject moderator;

  @BeforeAll
  static void start() {
    forum = new ForumApi(api);
    board = forum.board("everyone");
    mentorsBoard = forum.board("mentors");
    author = api.newMember("author");
    moderator = api.newUserWithRole("moderator", "moderator");
  }

  private static String token(JsonObject session) {
    return session.getString("token");
  }

  private static String id(JsonObject session) {
    return session.getJsonObject("user").getString("id");
  }

  /** A new thread by the author on the open board; answers {@code {"thread", "post"}}. */
  private static JsonObject started() {
    return forum.startThread(token(author), board, "Street lighting", "Which lamps last longest?");
  }

  private static String threadId(JsonObject started) {
    return started.getJsonObject("thread").getString("id");
  }

  private static Published<ForumEvent> onThread(String threadId) {
    return Published.on(server.vertx(), Addresses.thread(threadId));
  }

  @Test
  void aReplyIsPublishedOnItsThreadAndForumWide() {
    JsonObject started = started();
    String thread = threadId(started);
    String parent = started.getJsonObject("post").getString("id");
    JsonObject replier = api.newMember("replier");
    try (Published<ForumEvent> onThread = onThread(thread);
         Published<ForumEvent> forumWide = Published.on(server.vertx(), Addresses.FORUM)) {
      String reply = forum.reply(token(replier), thread, "LED, every time.", parent).getString("id");

      PostCreated expected = new PostCreated(new ThreadRef(thread, board, false), reply, parent, id(replier), false);
      assertThat(onThread.next()).isEqualTo(expected);
      assertThat(forumWide.next()).isEqualTo(expected);
    }
  }

  @Test
  void aNewThreadPublishesItsOpeningPostWithItsBoardAndThatOnlyMentorsStartThreadsThere() {
    JsonObject mentor = api.newUserWithRole("mentor", "mentor");
    try (Published<ForumEvent> forumWide = Published.on(server.vertx(), Addresses.FORUM)) {
      JsonObject started = forum.startThread(token(mentor), mentorsBoard, "Lessons from Gabrovo", "What we learnt.");

      String post = started.getJsonObject("post").getString("id");
      assertThat(forumWide.next())
        .isEqualTo(new PostCreated(new ThreadRef(threadId(started), mentorsBoard, true), post, null, id(mentor), true));
    }
  }

  @Test
  void anEditByAModeratorNamesTheAuthorAndTheModerator() {
    JsonObject started = started();
    String post = started.getJsonObject("post").getString("id");
    try (Published<ForumEvent> onThread = onThread(threadId(started))) {
      ok(api.patch("/api/posts/" + post, new JsonObject().put("body", "Which lamps last?"), token(moderator)));

      assertThat(onThread.next())
        .isEqualTo(new PostEdited(new ThreadRef(threadId(started), board, false), post, id(author), id(moderator)));
    }
  }

  @Test
  void aDeletionIsPublishedOnceAndDeletingAgainPublishesNothing() {
    JsonObject started = started();
    String thread = threadId(started);
    String reply = forum.reply(token(author), thread, "Never mind.", null).getString("id");
    try (Published<ForumEvent> onThread = onThread(thread)) {
      assertThat(api.delete("/api/posts/" + reply, token(author)).statusCode()).isEqualTo(204);
      assertThat(api.delete("/api/posts/" + reply, token(author)).statusCode()).isEqualTo(204);
      forum.reply(token(author), thread, "Marker", null);

      assertThat(onThread.next()).isEqualTo(new PostDeleted(new ThreadRef(thread, board, false), reply, id(author), id(author)));
      assertThat(onThread.next()).isInstanceOf(PostCreated.class);
    }
  }

  @Test
  void aPostDeletedThroughAReportIsPublishedWithTheModeratorAsTheOneWhoDeletedIt() {
    JsonObject started = started();
    String post = started.getJsonObject("post").getString("id");
    String report = created(api.post("/api/reports",
      new JsonObject().put("targetType", "post").put("targetId", post).put("reason", "spam"), token(api.newMember("reporter"))))
      .getString("id");
    try (Published<ForumEvent> onThread = onThread(threadId(started))) {
      ok(api.post("/api/moderation/reports/" + report + "/resolve", new JsonObject().put("action", "delete"), token(moderator)));

      assertThat(onThread.next())
        .isEqualTo(new PostDeleted(new ThreadRef(threadId(started), board, false), post, id(author), id(moderator)));
    }
  }

  @Test
  void aThreadChangeSaysWhatChanged() {
    String thread = threadId(started());
    try (Published<ForumEvent> onThread = onThread(thread)) {
      ok(api.patch("/api/threads/" + thread,
        new JsonObject().put("title", "Street lighting, revisited").put("pinned", true).put("locked", true), token(moderator)));

      assertThat(onThread.next()).isEqualTo(new ThreadChanged(new ThreadRef(thread, board, false), id(author), id(moderator),
        Set.of(Change.RETITLED, Change.PINNED, Change.LOCKED), null));
    }
  }

  @Test
  void aMovedThreadIsPublishedWithItsNewBoardAndTheBoardItLeft() {
    String thread = threadId(started());
    try (Published<ForumEvent> onThread = onThread(thread)) {
      ok(api.patch("/api/threads/" + thread, new JsonObject().put("boardId", mentorsBoard), token(moderator)));

      assertThat(onThread.next()).isEqualTo(new ThreadChanged(new ThreadRef(thread, mentorsBoard, true), id(author), id(moderator),
        Set.of(Change.MOVED), board));
    }
  }

  @Test
  void aChangeToTheValuesAThreadAlreadyHasPublishesNothing() {
    String thread = threadId(started());
    try (Published<ForumEvent> onThread = onThread(thread)) {
      ok(api.patch("/api/threads/" + thread, new JsonObject().put("pinned", false).put("title", "Street lighting"), token(moderator)));
      forum.reply(token(author), thread, "Marker", null);

      assertThat(onThread.next()).isInstanceOf(PostCreated.class);
    }
  }

  @Test
  void aRefusedReplyPublishesNothing() {
    String thread = threadId(started());
    ok(api.patch("/api/threads/" + thread, new JsonObject().put("locked", true), token(moderator)));
    try (Published<ForumEvent> onThread = onThread(thread)) {
      assertProblem(api.post("/api/threads/" + thread + "/posts", new JsonObject().put("body", "Let me in"), token(author)), 403);
      String marker = forum.reply(token(moderator), thread, "Locked for now.", null).getString("id");

      assertThat(onThread.next()).isInstanceOfSatisfying(PostCreated.class, created -> assertThat(created.postId()).isEqualTo(marker));
    }
  }
}
