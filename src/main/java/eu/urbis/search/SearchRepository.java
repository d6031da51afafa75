package eu.urbis.search;

import eu.urbis.content.SearchLanguage;
import eu.urbis.forum.Thread;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

import java.util.ArrayList;
import java.util.List;

public final class SearchRepository {
  /** Hits ranked per parse of the words, at most: bounds a broad word's work (see {@link SearchSql#SEARCH}). */
  static final int RANKED_HITS = 200;
  /** Snippets are made from this much of a post's plain text. */
  static final int SNIPPET_SOURCE_CHARS = 3_000;

  private static final String[] CONFIGS = SearchLanguage.CONFIGS.toArray(String[]::new);

  /** Rows come one per matching post, grouped by thread in result order; they become one hit per thread. */
  Future<List<SearchHit>> search(SqlClient db, SearchQuery query, User viewer) {
    SearchQuery.After after = query.after();
    Tuple params = Tuple.tuple()
      .addString(query.words()).addLong(query.boardId()).addString(query.kind()).addString(query.cityId())
      .addInteger(after.titleHit()).addFloat(after.rank()).addLong(after.threadId())
      .addInteger(query.fetchSize()).addString(Snippet.HEADLINE_OPTIONS).addLong(viewer.numericId())
      .addArrayOfString(CONFIGS).addOffsetDateTime(query.since()).addOffsetDateTime(query.until())
      .addInteger(RANKED_HITS).addInteger(SNIPPET_SOURCE_CHARS).addInteger(query.page().limit());
    return db.preparedQuery(SearchSql.SEARCH).execute(params).map(rows -> {
      List<SearchHit> hits = new ArrayList<>();
      List<SearchHit.Match> matches = null;
      String threadId = null;
      for (Row row : rows) {
        String rowThread = Long.toString(row.getLong("post_thread_id"));
        if (!rowThread.equals(threadId)) {
          threadId = rowThread;
          matches = new ArrayList<>();
          hits.add(new SearchHit(Thread.fromRow(row, "thread_"), matches, row.getInteger("thread_title_hit"), row.getFloat("thread_rank")));
        }
        matches.add(SearchHit.Match.fromRow(row));
      }
      return hits;
    });
  }
}
