package eu.urbis.search;

import eu.urbis.db.Columns;
import eu.urbis.forum.Post;
import eu.urbis.forum.Thread;
import eu.urbis.user.User;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;

import java.util.List;

/**
 * One answer: a thread and its best matching posts (the opening post for a title hit), each with its snippet as safe
 * HTML with the matches marked. The thread's best hit (title hit, rank) places it in the result order.
 * On the wire {@code post} and {@code snippet} are the best match, as API.md has them; {@code matches} are all of them.
 * A match's {@code attachment} names the attached file whose text matched, when one did.
 */
public record SearchHit(Thread thread, List<Match> matches, int titleHit, float rank) {

  /** A matching post, its snippet and the name of the attached file that matched, if one did. */
  record Match(Post post, String snippet, String attachment) {
    /** Reads the rows of one {@link SearchSql#SEARCH} result. */
    static final class Reader {
      private final Post.Reader post;
      private final int snippet;
      private final int attachment;

      Reader(Row first) {
        post = new Post.Reader(first, "post_");
        snippet = Columns.position(first, "snippet");
        attachment = Columns.position(first, "attachment");
      }

      Match read(Row row) {
        return new Match(post.read(row), Snippet.toHtml(row.getString(snippet)), row.getString(attachment));
      }
    }

    JsonObject toJson(User viewer) {
      return new JsonObject().put("post", post.toJson(viewer)).put("snippet", snippet).put("attachment", attachment);
    }
  }

  public JsonObject toJson(User viewer) {
    Match best = matches.get(0);
    JsonArray all = new JsonArray();
    matches.forEach(match -> all.add(match.toJson(viewer)));
    // the best match's post is the same object under "post" and in "matches": built once, written twice
    return new JsonObject().put("thread", thread.toJson(viewer)).put("post", all.getJsonObject(0).getJsonObject("post"))
      .put("snippet", best.snippet()).put("attachment", best.attachment())
      .put("matches", all);
  }

  JsonObject cursor() {
    return new JsonObject().put("title", titleHit).put("rank", rank).put("id", Long.parseLong(thread.id()));
  }
}
