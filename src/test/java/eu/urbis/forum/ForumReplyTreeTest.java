package eu.urbis.forum;

import eu.urbis.support.Api;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static eu.urbis.forum.ForumApi.ok;
import static eu.urbis.support.ProblemAssert.assertFieldError;
import static org.assertj.core.api.Assertions.assertThat;

class ForumReplyTreeTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();
  private static final ForumApi forum = new ForumApi(api);
  private static String token;
  private static String board;

  @BeforeAll
  static void setUp() {
    token = api.newMember("tree").getString("token");
    board = forum.board("everyone");
  }

  private record Started(String thread, String opening) {
  }

  private static Started thread() {
    JsonObject started = forum.startThread(token, board, "A tree of replies", "Root");
    return new Started(started.getJsonObject("thread").getString("id"), started.getJsonObject("post").getString("id"));
  }

  private static String reply(String thread, String body, String parent) {
    return forum.reply(token, thread, body, parent).getString("id");
  }

  /** Every post of the thread, page by page, as the client walks the cursor. */
  private static List<JsonObject> walk(String thread, int limit) {
    List<JsonObject> posts = new ArrayList<>();
    String cursor = null;
    do {
      JsonObject page = ok(api.get("/api/threads/" + thread + "/posts?limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor), token));
      page.getJsonArray("items").forEach(item -> posts.add((JsonObject) item));
      cursor = page.getString("next");
    } while (cursor != null);
    return posts;
  }

  private static List<String> bodies(List<JsonObject> posts) {
    return posts.stream().map(post -> post.getString("body")).toList();
  }

  private static List<String> ids(List<JsonObject> posts) {
    return posts.stream().map(post -> post.getString("id")).toList();
  }

  @Test
  void postsComeDepthFirstWithSiblingsByTimeAndTheirDepth() {
    Started started = thread();
    String a = reply(started.thread(), "A", null);
    String b = reply(started.thread(), "B", null);
    String a1 = reply(started.thread(), "A1", a);
    reply(started.thread(), "B1", b);
    reply(started.thread(), "A1a", a1);
    reply(started.thread(), "A2", a);

    List<JsonObject> posts = walk(started.thread(), 100);
    assertThat(bodies(posts)).containsExactly("Root", "A", "A1", "A1a", "A2", "B", "B1");
    assertThat(posts.stream().map(post -> post.getInteger("depth")).toList()).containsExactly(0, 0, 1, 2, 1, 0, 1);
    assertThat(posts.get(2).getString("parentId")).isEqualTo(a);
    assertThat(posts.get(0).getString("parentId")).isNull();
  }

  @Test
  void smallPagesTogetherGiveTheWholeTreeInOrder() {
    Started started = thread();
    String a = reply(started.thread(), "A", null);
    String a1 = reply(started.thread(), "A1", a);
    reply(started.thread(), "B", null);
    reply(started.thread(), "A1a", a1);
    reply(started.thread(), "A2", a);

    assertThat(bodies(walk(started.thread(), 2))).containsExactly("Root", "A", "A1", "A1a", "A2", "B");
  }

  @Test
  void theLastPageHasNoNextCursor() {
    Started started = thread();
    reply(started.thread(), "Only reply", null);
    JsonObject page = ok(api.get("/api/threads/" + started.thread() + "/posts?limit=2", token));
    assertThat(page.getJsonArray("items")).hasSize(2);
    assertThat(page.getString("next")).isNull();
  }

  @Test
  void aParentFromAnotherThreadIsRejected() {
    Started one = thread();
    Started other = thread();
    assertFieldError(api.post("/api/threads/" + one.thread() + "/posts",
      new JsonObject().put("body", "Cross-thread").put("parentId", other.opening()), token), "parentId");
  }

  @Test
  void repliesNestAtMostSixtyFourLevels() {
    Started started = thread();
    String parent = started.opening();
    for (int depth = 1; depth <= ReplyTree.MAX_DEPTH; depth++) {
      parent = reply(started.thread(), "level " + depth, parent);
    }
    assertFieldError(api.post("/api/threads/" + started.thread() + "/posts",
      new JsonObject().put("body", "one too deep").put("parentId", parent), token), "parentId");
  }

  /**
   * While one client pages through a thread, others reply all over the tree. The pages never repeat a post, hold
   * every post that existed before the walk began, and are in the order the finished tree has.
   */
  @Test
  void pagingStaysExactWhileRepliesArrive() throws Exception {
    Started started = thread();
    List<String> parents = new ArrayList<>(List.of(started.opening()));
    for (int i = 0; i < 30; i++) {
      parents.add(reply(started.thread(), "before " + i, i % 3 == 0 ? null : parents.get(i / 2)));
    }
    List<String> before = ids(walk(started.thread(), 100));

    ExecutorService writers = Executors.newFixedThreadPool(3);
    List<Future<String>> replies = new ArrayList<>();
    for (int i = 0; i < 45; i++) {
      String parent = parents.get((i * 7) % parents.size());
      int n = i;
      replies.add(writers.submit(() -> reply(started.thread(), "during " + n, n % 5 == 0 ? null : parent)));
    }
    List<JsonObject> walked = walk(started.thread(), 3);
    for (Future<String> reply : replies) {
      reply.get();
    }
    writers.shutdown();

    List<String> seen = ids(walked);
    List<String> after = ids(walk(started.thread(), 100));
    assertThat(seen).doesNotHaveDuplicates();
    assertThat(seen).containsAll(before);
    assertThat(after).hasSize(before.size() + 45);
    assertThat(after.stream().filter(seen::contains).toList()).isEqualTo(seen);
  }

  @Test
  void aThreadWithoutRepliesIsOnePage() {
    Started started = thread();
    JsonArray items = ok(api.get("/api/threads/" + started.thread() + "/posts", token)).getJsonArray("items");
    assertThat(items).hasSize(1);
  }
}
