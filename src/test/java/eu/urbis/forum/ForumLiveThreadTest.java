package eu.urbis.forum;

import eu.urbis.support.Api;
import eu.urbis.support.ChatClient;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static eu.urbis.forum.ForumApi.ok;
import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/** An open thread page follows its thread over /ws: what changes reaches it after the commit, as ids and flags. */
class ForumLiveThreadTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();
  private static ForumApi forum;
  private static String board;
  private static JsonObject author;
  private static JsonObject moderator;

  @BeforeAll
  static void start() {
    forum = new ForumApi(api);
    board = forum.board("everyone");
    author = api.newMember("author");
    moderator = api.newUserWithRole("moderator", "moderator");
  }

  private static String newThread() {
    return forum.startThread(author.getString("token"), board, "Bus lanes", "Where do they help?")
      .getJsonObject("thread").getString("id");
  }

  private static ChatClient following(String thread) {
    ChatClient reader = ChatClient.authenticated(server, api.newMember("reader").getString("token"));
    reader.send(subscribe(thread));
    await(reader.frame(f -> "subscribed".equals(f.getString("type")) && thread.equals(f.getString("thread"))));
    return reader;
  }

  private static JsonObject subscribe(String thread) {
    return new JsonObject().put("type", "subscribe").put("thread", thread);
  }

  private static JsonObject event(ChatClient client, String type) {
    return await(client.frame(f -> "forum".equals(f.getString("type")) && type.equals(f.getJsonObject("event").getString("type"))))
      .getJsonObject("event");
  }

  @Test
  void aLockReachesTheOpenPageOfTheThread() {
    String thread = newThread();
    try (ChatClient reader = following(thread)) {
      ok(api.patch("/api/threads/" + thread, new JsonObject().put("locked", true), moderator.getString("token")));

      JsonObject changed = event(reader, "thread.changed");
      assertThat(changed.getString("threadId")).isEqualTo(thread);
      assertThat(changed.getJsonArray("changes")).isEqualTo(new JsonArray().add("locked"));
    }
  }

  @Test
  void aReplyReachesTheOpenPageWithoutItsText() {
    String thread = newThread();
    try (ChatClient reader = following(thread)) {
      String reply = forum.reply(author.getString("token"), thread, "Near the schools.", null).getString("id");

      JsonObject created = event(reader, "post.created");
      assertThat(created.getString("postId")).isEqualTo(reply);
      assertThat(created.encode()).doesNotContain("schools");
    }
  }

  @Test
  void anUnsubscribedPageHearsNothingMore() {
    String thread = newThread();
    try (ChatClient reader = following(thread)) {
      reader.send(new JsonObject().put("type", "unsubscribe").put("thread", thread));
      await(reader.frame(f -> "unsubscribed".equals(f.getString("type"))));
      forum.reply(author.getString("token"), thread, "Anyone?", null);
      String other = newThread();
      reader.send(subscribe(other));
      await(reader.frame(f -> "subscribed".equals(f.getString("type")) && other.equals(f.getString("thread"))));
      forum.reply(author.getString("token"), other, "Marker", null);

      assertThat(event(reader, "post.created").getString("threadId")).isEqualTo(other);
      assertThat(reader.frames(f -> "forum".equals(f.getString("type")))).hasSize(1);
    }
  }

  @Test
  void subscribingToAThreadThatDoesNotExistIsAnUnknownThread() {
    try (ChatClient reader = ChatClient.authenticated(server, api.newMember("lost").getString("token"))) {
      reader.send(subscribe("999999"));
      assertThat(await(reader.error("unknown_thread")).getString("ref")).isEqualTo("subscribe");
      reader.send(subscribe("not-a-number"));
      await(reader.frame(f -> "error".equals(f.getString("type")) && reader.frames(e -> "error".equals(e.getString("type"))).size() == 2));
      reader.send(new JsonObject().put("type", "subscribe").put("thread", 7));
      assertThat(await(reader.error("bad_frame")).getString("message")).contains("thread");
    }
  }
}
