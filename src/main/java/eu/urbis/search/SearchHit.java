package eu.urbis.search;

import eu.urbis.forum.Post;
import eu.urbis.forum.Thread;
import eu.urbis.user.User;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;

/**
 * One answer: the matching post (the opening post for a title hit), its thread, and the snippet as safe HTML
 * with the matches marked; its rank and whether it matched a title place it in the result order. {@code attachment}
 * names the attached file whose text matched, when one did.
 */
public record SearchHit(Thread thread, Post post, String snippet, int titleHit, float rank, String attachment) {

  /** Reads a row of {@link SearchSql#SEARCH}. */
  static SearchHit fromRow(Row row) {
    return new SearchHit(
      Thread.fromRow(row, "thread_"),
      Post.fromRow(row, "post_"),
      Snippet.toHtml(row.getString("snippet")),
      row.getInteger("title_hit"),
      row.getFloat("rank"),
      row.getString("attachment"));
  }

  public JsonObject toJson(User viewer) {
    return new JsonObject().put("thread", thread.toJson(viewer)).put("post", post.toJson(viewer)).put("snippet", snippet)
      .put("attachment", attachment);
  }

  JsonObject cursor() {
    return new JsonObject().put("title", titleHit).put("rank", rank).put("id", Long.parseLong(post.id()));
  }
}
