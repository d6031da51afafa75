package eu.urbis.search;

import eu.urbis.db.Rows;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

import java.util.List;

public final class SearchRepository {

  Future<List<SearchHit>> search(SqlClient db, SearchQuery query, User viewer) {
    SearchQuery.After after = query.after();
    Tuple params = Tuple.of(query.words(), query.boardId(), query.kind(), query.cityId(),
      after.titleHit(), after.rank(), after.postId(), query.fetchSize(), Snippet.HEADLINE_OPTIONS, viewer.numericId());
    return db.preparedQuery(SearchSql.SEARCH)
      .mapping(SearchHit::fromRow)
      .execute(params)
      .map(Rows::list);
  }
}
