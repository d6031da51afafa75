package eu.urbis.search;

import eu.urbis.db.Columns;
import eu.urbis.forum.Post;
import eu.urbis.forum.Thread;
import eu.urbis.user.User;
import eu.urbis.user.UserRef;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;

import java.time.Instant;
import java.util.List;

/**
 * One answer: a thread, its best matching post whole (the opening post for a title hit) and its best matches, each
 * with its snippet as safe HTML with the matches marked. The thread's best hit (title hit, rank) places it in the
 * result order. On the wire {@code post} and {@code snippet} are the best match, as API.md has them; {@code matches}
 * are all of them, each naming its post by what a result shows of it (whole posts there allocated a fifth more a
 * search, for text a result does not show). A match's {@code attachment} names the attached file whose text
 * matched, when one did.
 */
public record SearchHit(Thread thread, Post post, List<Match> matches, int titleHit, float rank) {

  /** A matching post as a result shows it, its snippet and the name of the attached file that matched, if one did. */
  record Match(String postId, String threadId, UserRef author, Instant createdAt, String language, String snippet,
               String attachment) {
    /** Reads the {@code match_} columns, the snippet and the attachment of one {@link SearchSql#SEARCH} result. */
    static final class Reader {
      private final int postId;
      private final int threadId;
      private final UserRef.Reader author;
      private final int createdAt;
      private final int language;
      private final int snippet;
      private final int attachment;

      Reader(Row first) {
        postId = Columns.position(first, "match_id");
        threadId = Columns.position(first, "match_thread_id");
        author = new UserRef.Reader(first, "match_author_");
        createdAt = Columns.position(first, "match_created_at");
        language = Columns.position(first, "match_language");
        snippet = Columns.position(first, "snippet");
        attachment = Columns.position(first, "attachment");
      }

      long threadOf(Row row) {
        return row.getLong(threadId);
      }

      Match read(Row row) {
        return new Match(Long.toString(row.getLong(postId)), Long.toString(row.getLong(threadId)), author.read(row),
          row.getOffsetDateTime(createdAt).toInstant(), row.getString(language), Snippet.toHtml(row.getString(snippet)),
          row.getString(attachment));
      }
    }

    JsonObject toJson() {
      JsonObject post = new JsonObject().put("id", postId).put("threadId", threadId).put("author", author.toJson())
        .put("createdAt", createdAt.toString()).put("language", language);
      return new JsonObject().put("post", post).put("snippet", snippet).put("attachment", attachment);
    }
  }

  public JsonObject toJson(User viewer) {
    Match best = matches.get(0);
    JsonArray all = new JsonArray();
    matches.forEach(match -> all.add(match.toJson()));
    return new JsonObject().put("thread", thread.toJson(viewer)).put("post", post.toJson(viewer))
      .put("snippet", best.snippet()).put("attachment", best.attachment())
      .put("matches", all);
  }

  JsonObject cursor() {
    return new JsonObject().put("title", titleHit).put("rank", rank).put("id", Long.parseLong(thread.id()));
  }
}
