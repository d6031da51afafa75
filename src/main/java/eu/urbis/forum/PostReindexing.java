package eu.urbis.forum;

import eu.urbis.db.Rows;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Re-indexes the posts written before their language was detected (V30 left their {@code plain} null): in batches
 * along the primary key, each batch rendered and detected on a worker and written in one short transaction, so the
 * server answers while it runs and a restart picks up where it stopped. A post edited meanwhile is left as the edit
 * wrote it. Runs once at start-up; on a database with nothing to do it costs one index scan.
 */
public final class PostReindexing {
  private static final Logger log = LoggerFactory.getLogger(PostReindexing.class);
  private static final int BATCH = 200;

  /** The opening post comes with its thread's title: the title tells its language too. */
  private static final String NEXT_BATCH = """
    SELECT p.id, p.body, coalesce(t.title, '') AS title
    FROM posts p LEFT JOIN threads t ON t.opening_post_id = p.id
    WHERE p.id > $1 AND p.plain IS NULL
    ORDER BY p.id
    LIMIT $2""";

  /** Unsure of a language: the post keeps the city language it was indexed with. */
  private static final String WRITE_BATCH = """
    UPDATE posts p SET plain = u.plain, language = u.language, lang = coalesce(u.config::regconfig, p.lang)
    FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[]) AS u(id, plain, language, config)
    WHERE p.id = u.id AND p.plain IS NULL""";

  private record Pending(long id, String body, String title) {
    static Pending fromRow(Row row) {
      return new Pending(row.getLong("id"), row.getString("body"), row.getString("title"));
    }
  }

  private final Vertx vertx;
  private final Pool pool;
  private final PostRepository posts;
  private final PostRendering rendering;

  PostReindexing(Vertx vertx, Pool pool, PostRepository posts, PostRendering rendering) {
    this.vertx = vertx;
    this.pool = pool;
    this.posts = posts;
    this.rendering = rendering;
  }

  /** Runs in the background; a failure is logged, and the next start carries on. */
  public void start() {
    run().onSuccess(count -> {
      if (count > 0) {
        log.info("Re-indexed {} posts in their detected languages", count);
      }
    }).onFailure(failure -> log.warn("Re-indexing posts stopped; the next start carries on", failure));
  }

  /** @return how many posts it re-indexed */
  public Future<Integer> run() {
    return batchesAfter(0, 0);
  }

  private Future<Integer> batchesAfter(long afterId, int done) {
    return pool.preparedQuery(NEXT_BATCH).mapping(Pending::fromRow).execute(Tuple.of(afterId, BATCH))
      .map(Rows::list)
      .compose(batch -> batch.isEmpty()
        ? Future.succeededFuture(done)
        : reindex(batch).compose(v -> batchesAfter(batch.get(batch.size() - 1).id(), done + batch.size())));
  }

  private Future<Void> reindex(List<Pending> batch) {
    return vertx.executeBlocking(() -> columns(batch), false)
      .compose(values -> pool.withTransaction(tx -> tx.preparedQuery(WRITE_BATCH).execute(values)
        .compose(v -> posts.followedByTitles(tx, batch.stream().map(Pending::id).toList()))));
  }

  private Tuple columns(List<Pending> batch) {
    List<Long> ids = new ArrayList<>();
    List<String> plain = new ArrayList<>();
    List<String> languages = new ArrayList<>();
    List<String> configs = new ArrayList<>();
    for (Pending post : batch) {
      PostText text = rendering.renderBlocking(post.body(), post.title(), null);
      ids.add(post.id());
      plain.add(text.plain());
      languages.add(text.languageCode());
      configs.add(text.config());
    }
    return Tuple.tuple()
      .addArrayOfLong(ids.toArray(Long[]::new))
      .addArrayOfString(plain.toArray(String[]::new))
      .addArrayOfString(languages.toArray(String[]::new))
      .addArrayOfString(configs.toArray(String[]::new));
  }
}
