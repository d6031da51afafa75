package eu.urbis.forum;

import eu.urbis.db.SeedMarks;
import eu.urbis.user.UserRepository;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo boards, threads, best practices and replies of {@code demo/forum.json}, written once per database by
 * the demo accounts. Reading and rendering happen on a worker; the writing is one transaction with its seed mark.
 */
public final class ForumDemo {
  private static final String RESOURCE = "/demo/forum.json";
  private static final String SEED_MARK = "forum-demo";

  private record Reply(String author, Integer parent, String body, PostText text) {
  }

  private record Topic(String author, ThreadDraft draft, PostText text, List<Reply> replies) {
  }

  private record Section(String slug, String name, String description, PostPolicy policy, List<Topic> topics) {
  }

  private ForumDemo() {
  }

  public static Future<Boolean> seed(Vertx vertx, Pool pool, Forum forum, UserRepository users) {
    return vertx.executeBlocking(() -> read(forum.rendering()))
      .compose(sections -> SeedMarks.once(pool, SEED_MARK, tx -> writeAll(tx, forum, users, sections)));
  }

  private static List<Section> read(PostRendering rendering) {
    JsonObject json;
    try (InputStream in = ForumDemo.class.getResourceAsStream(RESOURCE)) {
      json = new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Section> sections = new ArrayList<>();
    for (JsonObject board : objects(json.getJsonArray("boards"))) {
      List<Topic> topics = new ArrayList<>();
      for (JsonObject thread : objects(board.getJsonArray("threads"))) {
        JsonObject draft = thread.copy().put("kind", thread.getString("kind", thread.containsKey("practice") ? "practice" : "discussion"));
        List<Reply> replies = new ArrayList<>();
        for (JsonObject reply : objects(thread.getJsonArray("replies"))) {
          String body = reply.getString("body");
          replies.add(new Reply(reply.getString("author"), reply.getInteger("parent"), body, rendering.renderBlocking(body, "", null)));
        }
        ThreadDraft parsed = ThreadDraft.from(draft);
        topics.add(new Topic(thread.getString("author"), parsed, rendering.renderBlocking(parsed.body(), parsed.title(), null), replies));
      }
      sections.add(new Section(board.getString("slug"), board.getString("name"), board.getString("description"),
        PostPolicy.fromWire(board.getString("postPolicy")), topics));
    }
    return sections;
  }

  private static Future<Void> writeAll(SqlClient tx, Forum forum, UserRepository users, List<Section> sections) {
    Future<Void> chain = Future.succeededFuture();
    for (Section section : sections) {
      chain = chain.compose(v -> forum.threads().insertBoard(tx, section.slug(), section.name(), section.description(), section.policy())
        .compose(board -> {
          Future<Void> topics = Future.succeededFuture();
          for (Topic topic : section.topics()) {
            topics = topics.compose(w -> writeTopic(tx, forum, users, Long.parseLong(board.id()), topic));
          }
          return topics;
        }));
    }
    return chain;
  }

  private static Future<Void> writeTopic(SqlClient tx, Forum forum, UserRepository users, long boardId, Topic topic) {
    return userId(tx, users, topic.author())
      .compose(author -> forum.writer().open(tx, boardId, author, topic.draft(), topic.text()))
      .compose(opened -> {
        List<Long> written = new ArrayList<>(List.of(opened.postId()));
        Future<Void> replies = Future.succeededFuture();
        for (Reply reply : topic.replies()) {
          replies = replies.compose(v -> writeReply(tx, forum, users, opened.threadId(), reply, written));
        }
        return replies;
      });
  }

  /** @param written the thread's posts so far, in order: a reply's {@code parent} indexes them */
  private static Future<Void> writeReply(SqlClient tx, Forum forum, UserRepository users, long threadId, Reply reply, List<Long> written) {
    Long parentId = reply.parent() == null ? null : written.get(reply.parent());
    Future<ReplyTree.Place> place = parentId == null
      ? Future.succeededFuture(ReplyTree.Place.root(threadId))
      : forum.posts().place(tx, parentId).map(found -> found.orElseThrow());
    return place
      .compose(parent -> userId(tx, users, reply.author())
        .compose(author -> forum.writer().write(tx, parent, parentId, author, reply.body(), reply.text(), List.of())))
      .onSuccess(written::add)
      .mapEmpty();
  }

  private static Future<String> userId(SqlClient tx, UserRepository users, String username) {
    return users.findWithHash(tx, username)
      .map(found -> found.orElseThrow(() -> new IllegalStateException("demo account missing: " + username)).user().id());
  }

  private static List<JsonObject> objects(JsonArray array) {
    List<JsonObject> objects = new ArrayList<>();
    if (array != null) {
      array.forEach(item -> objects.add((JsonObject) item));
    }
    return objects;
  }
}
