package eu.urbis.search;

import eu.urbis.db.Columns;
import eu.urbis.forum.Post;
import eu.urbis.forum.Thread;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

import java.util.ArrayList;
import java.util.List;

public final class SearchRepository {
  /** Hits ranked per parse of the words, at most: bounds a broad word's work (see {@link SearchSql#SEARCH}). */
  static final int RANKED_HITS = 200;
  /** Snippets are made from this much of a post's plain text. */
  static final int SNIPPET_SOURCE_CHARS = 3_000;

  Future<List<SearchHit>> search(SqlClient db, SearchQuery query, User viewer) {
    SearchQuery.After after = query.after();
    Tuple params = Tuple.tuple()
      .addString(query.words()).addLong(query.boardId()).addString(query.kind()).addString(query.cityId())
      .addInteger(after.titleHit()).addFloat(after.rank()).addLong(after.threadId())
      .addInteger(query.fetchSize()).addString(Snippet.HEADLINE_OPTIONS).addLong(viewer.numericId())
      .addOffsetDateTime(query.since()).addOffsetDateTime(query.until())
      .addInteger(RANKED_HITS).addInteger(SNIPPET_SOURCE_CHARS).addInteger(query.page().limit());
    return db.preparedQuery(SearchSql.SEARCH).execute(params).map(SearchRepository::hits);
  }

  /** Rows come one per matching post, grouped by thread in result order; they become one hit per thread. */
  private static List<SearchHit> hits(RowSet<Row> rows) {
    List<SearchHit> hits = new ArrayList<>();
    if (rows.size() == 0) {
      return hits;
    }
    Row first = rows.iterator().next();
    Thread.Reader threadOf = new Thread.Reader(first, "thread_");
    Post.Reader postOf = new Post.Reader(first, "post_");
    SearchHit.Match.Reader matchOf = new SearchHit.Match.Reader(first);
    int titleHit = Columns.position(first, "thread_title_hit");
    int rank = Columns.position(first, "thread_rank");
    List<SearchHit.Match> matches = null;
    long lastThread = 0;
    for (Row row : rows) {
      long rowThread = matchOf.threadOf(row);
      if (matches == null || rowThread != lastThread) {
        lastThread = rowThread;
        matches = new ArrayList<>();
        hits.add(new SearchHit(threadOf.read(row), postOf.read(row), matches, row.getInteger(titleHit), row.getFloat(rank)));
      }
      matches.add(matchOf.read(row));
    }
    return hits;
  }
}
