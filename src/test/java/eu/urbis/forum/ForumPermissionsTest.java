package eu.urbis.forum;

import eu.urbis.support.Api;
import eu.urbis.support.Audit;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static eu.urbis.forum.ForumApi.ok;
import static eu.urbis.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class ForumPermissionsTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();
  private static final ForumApi forum = new ForumApi(api);
  private static String member;
  private static String otherMember;
  private static String mentor;
  private static String moderator;
  private static String open;
  private static String mentorsOnly;

  @BeforeAll
  static void setUp() {
    member = api.newMember("member").getString("token");
    otherMember = api.newMember("other").getString("token");
    mentor = api.newUserWithRole("mentor", "mentor").getString("token");
    moderator = api.newUserWithRole("moderator", "moderator").getString("token");
    open = forum.board("everyone");
    mentorsOnly = forum.board("mentors");
  }

  private static String threadOf(String token, String board) {
    return forum.startThread(token, board, "A thread to act on", "Opening words").getJsonObject("thread").getString("id");
  }

  @Test
  void aMemberCannotStartAThreadOnAMentorsBoard() {
    assertProblem(api.post("/api/boards/" + mentorsOnly + "/threads",
      new JsonObject().put("title", "Members only?").put("body", "Let me in"), member), 403);
  }

  @Test
  void aMentorStartsAThreadOnAMentorsBoardAndAMemberRepliesToIt() {
    String thread = threadOf(mentor, mentorsOnly);
    JsonObject reply = forum.reply(member, thread, "Thanks for sharing", null);
    assertThat(reply.getString("threadId")).isEqualTo(thread);
  }

  @Test
  void aMemberStartsAThreadOnAnOpenBoard() {
    assertThat(threadOf(member, open)).isNotBlank();
  }

  @Test
  void replyToLockedThreadIsForbiddenForMembers() {
    String thread = threadOf(member, open);
    ok(api.patch("/api/threads/" + thread, new JsonObject().put("locked", true), moderator));
    assertProblem(api.post("/api/threads/" + thread + "/posts", new JsonObject().put("body", "Still here?"), member), 403);
  }

  @Test
  void aModeratorRepliesToALockedThread() {
    String thread = threadOf(member, open);
    ok(api.patch("/api/threads/" + thread, new JsonObject().put("locked", true), moderator));
    forum.reply(moderator, thread, "Closing note from the moderators", null);
  }

  @Test
  void lockingIsAuditedWithTheModeratorAsActor() {
    String thread = threadOf(member, open);
    String moderatorId = api.get("/api/me", moderator).bodyAsJsonObject().getString("id");
    JsonObject locked = ok(api.patch("/api/threads/" + thread, new JsonObject().put("locked", true).put("pinned", true), moderator));
    assertThat(locked.getBoolean("locked")).isTrue();
    assertThat(locked.getBoolean("pinned")).isTrue();
    List<Row> entries = Audit.entries(server, "thread.update", thread);
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).getLong("actor_id")).isEqualTo(Long.parseLong(moderatorId));
    assertThat(entries.get(0).getJsonObject("detail").getBoolean("locked")).isTrue();
  }

  @Test
  void aMemberCannotLockPinOrMoveAThread() {
    String thread = threadOf(member, open);
    assertProblem(api.patch("/api/threads/" + thread, new JsonObject().put("locked", true), member), 403);
    assertProblem(api.patch("/api/threads/" + thread, new JsonObject().put("pinned", true), member), 403);
    assertProblem(api.patch("/api/threads/" + thread, new JsonObject().put("boardId", mentorsOnly), member), 403);
    assertThat(forum.thread(member, thread).getBoolean("locked")).isFalse();
  }

  @Test
  void theAuthorRenamesTheirThreadWithoutAnAuditEntry() {
    String thread = threadOf(member, open);
    JsonObject renamed = ok(api.patch("/api/threads/" + thread, new JsonObject().put("title", "A better title"), member));
    assertThat(renamed.getString("title")).isEqualTo("A better title");
    assertThat(Audit.count(server, "thread.update", thread)).isZero();
  }

  @Test
  void anotherMemberCannotRenameAThread() {
    String thread = threadOf(member, open);
    assertProblem(api.patch("/api/threads/" + thread, new JsonObject().put("title", "Hijacked"), otherMember), 403);
  }

  @Test
  void editOfAnotherUsersPostIsForbiddenForMembers() {
    String post = forum.startThread(member, open, "Mine to edit", "Original").getJsonObject("post").getString("id");
    assertProblem(api.patch("/api/posts/" + post, new JsonObject().put("body", "Defaced"), otherMember), 403);
    assertThat(ok(api.get("/api/posts/" + post, member)).getString("body")).isEqualTo("Original");
  }

  @Test
  void deleteOfAnotherUsersPostIsForbiddenForMembers() {
    String post = forum.startThread(member, open, "Mine to keep", "Original").getJsonObject("post").getString("id");
    assertProblem(api.delete("/api/posts/" + post, otherMember), 403);
    assertThat(ok(api.get("/api/posts/" + post, member)).getBoolean("deleted")).isFalse();
  }

  @Test
  void theAuthorEditsTheirPost() {
    String post = forum.startThread(member, open, "Mine to edit", "Original").getJsonObject("post").getString("id");
    assertThat(ok(api.patch("/api/posts/" + post, new JsonObject().put("body", "Improved"), member)).getString("body")).isEqualTo("Improved");
  }

  @Test
  void aModeratorEditsAnotherUsersPostAndTheEditIsAudited() {
    String post = forum.startThread(member, open, "To be moderated", "Rude words").getJsonObject("post").getString("id");
    JsonObject edited = ok(api.patch("/api/posts/" + post, new JsonObject().put("body", "[removed by moderator]"), moderator));
    assertThat(edited.getString("body")).isEqualTo("[removed by moderator]");
    assertThat(Audit.count(server, "post.edit", post)).isEqualTo(1);
  }

  @Test
  void aModeratorDeletesAnotherUsersPostAndTheDeleteIsAudited() {
    String post = forum.startThread(member, open, "To be removed", "Spam").getJsonObject("post").getString("id");
    assertThat(api.delete("/api/posts/" + post, moderator).statusCode()).isEqualTo(204);
    assertThat(Audit.count(server, "post.delete", post)).isEqualTo(1);
  }

  @Test
  void onlyAdminsCreateBoards() {
    JsonObject board = new JsonObject().put("slug", "rogue").put("name", "Rogue").put("postPolicy", "everyone");
    assertProblem(api.post("/api/boards", board, moderator), 403);
    assertProblem(api.post("/api/boards", board, member), 403);
  }

  @Test
  void aDuplicateBoardSlugIsAConflict() {
    JsonObject board = new JsonObject().put("slug", "twice").put("name", "Twice");
    assertThat(api.post("/api/boards", board, api.adminToken()).statusCode()).isEqualTo(201);
    assertProblem(api.post("/api/boards", board, api.adminToken()), 409);
  }

  @Test
  void theForumNeedsASignedInUserButThemesArePublic() {
    assertProblem(api.get("/api/boards"), 401);
    assertProblem(api.get("/api/boards/" + open + "/threads"), 401);
    assertProblem(api.post("/api/boards/" + open + "/threads", new JsonObject().put("title", "Anon").put("body", "x")), 401);
    assertThat(api.get("/api/themes").statusCode()).isEqualTo(200);
  }
}
