package eu.urbis.forum;

import eu.urbis.support.Api;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static eu.urbis.forum.ForumApi.ok;
import static org.assertj.core.api.Assertions.assertThat;

class ForumCountersTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();
  private static final ForumApi forum = new ForumApi(api);
  private static String member;
  private static String moderator;

  @BeforeAll
  static void setUp() {
    member = api.newMember("counted").getString("token");
    moderator = api.newUserWithRole("mover", "moderator").getString("token");
  }

  private static int threadCount(String board) {
    return ok(api.get("/api/boards/" + board, member)).getInteger("threadCount");
  }

  private static String threadIn(String board) {
    return forum.startThread(member, board, "Counting things", "One").getJsonObject("thread").getString("id");
  }

  @Test
  void aNewThreadCountsItsOpeningPostAndItsBoardCountsIt() {
    String board = forum.board("everyone");
    JsonObject thread = forum.startThread(member, board, "Counting things", "One").getJsonObject("thread");
    assertThat(thread.getInteger("postCount")).isEqualTo(1);
    assertThat(thread.getString("lastPostAt")).isEqualTo(thread.getString("createdAt"));
    assertThat(threadCount(board)).isEqualTo(1);
  }

  @Test
  void aReplyCountsAndBecomesTheLastActivity() {
    String thread = threadIn(forum.board("everyone"));
    JsonObject reply = forum.reply(member, thread, "Two", null);
    JsonObject after = forum.thread(member, thread);
    assertThat(after.getInteger("postCount")).isEqualTo(2);
    assertThat(after.getString("lastPostAt")).isEqualTo(reply.getString("createdAt"));
  }

  @Test
  void concurrentRepliesAreAllCounted() throws Exception {
    String thread = threadIn(forum.board("everyone"));
    ExecutorService writers = Executors.newFixedThreadPool(4);
    List<Future<JsonObject>> replies = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      int n = i;
      replies.add(writers.submit(() -> forum.reply(member, thread, "reply " + n, null)));
    }
    Instant latest = Instant.EPOCH;
    for (Future<JsonObject> reply : replies) {
      Instant at = Instant.parse(reply.get().getString("createdAt"));
      latest = at.isAfter(latest) ? at : latest;
    }
    writers.shutdown();
    JsonObject after = forum.thread(member, thread);
    assertThat(after.getInteger("postCount")).isEqualTo(21);
    assertThat(Instant.parse(after.getString("lastPostAt"))).isEqualTo(latest);
  }

  @Test
  void deletingTheLatestReplyUncountsItAndRewindsTheLastActivity() {
    String thread = threadIn(forum.board("everyone"));
    JsonObject first = forum.reply(member, thread, "Two", null);
    JsonObject second = forum.reply(member, thread, "Three", null);
    assertThat(api.delete("/api/posts/" + second.getString("id"), member).statusCode()).isEqualTo(204);
    JsonObject after = forum.thread(member, thread);
    assertThat(after.getInteger("postCount")).isEqualTo(2);
    assertThat(after.getString("lastPostAt")).isEqualTo(first.getString("createdAt"));
  }

  @Test
  void deletingTwiceUncountsOnce() {
    String thread = threadIn(forum.board("everyone"));
    String reply = forum.reply(member, thread, "Two", null).getString("id");
    assertThat(api.delete("/api/posts/" + reply, member).statusCode()).isEqualTo(204);
    assertThat(api.delete("/api/posts/" + reply, member).statusCode()).isEqualTo(204);
    assertThat(forum.thread(member, thread).getInteger("postCount")).isEqualTo(1);
  }

  @Test
  void movingAThreadKeepsBothBoardsCountsExact() {
    String from = forum.board("everyone");
    String to = forum.board("everyone");
    String thread = threadIn(from);
    threadIn(from);
    JsonObject moved = ok(api.patch("/api/threads/" + thread, new JsonObject().put("boardId", to), moderator));
    assertThat(moved.getString("boardId")).isEqualTo(to);
    assertThat(threadCount(from)).isEqualTo(1);
    assertThat(threadCount(to)).isEqualTo(1);
    assertThat(ForumApi.items(api.get("/api/boards/" + to + "/threads", member))).hasSize(1);
  }

  @Test
  void movingAThreadToItsOwnBoardChangesNoCount() {
    String board = forum.board("everyone");
    String thread = threadIn(board);
    ok(api.patch("/api/threads/" + thread, new JsonObject().put("boardId", board), moderator));
    assertThat(threadCount(board)).isEqualTo(1);
  }
}
