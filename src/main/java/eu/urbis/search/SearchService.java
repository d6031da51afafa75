package eu.urbis.search;

import eu.urbis.http.Page;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;

/** Full-text search over thread titles and post bodies, each in its detected or chosen language; one hit per thread. */
public final class SearchService {
  private final Pool pool;
  private final SearchRepository search;

  public SearchService(Pool pool, SearchRepository search) {
    this.pool = pool;
    this.search = search;
  }

  public Future<Page<SearchHit>> search(User caller, SearchQuery query) {
    return search.search(pool, query, caller).map(hits -> Page.of(hits, query.page(), SearchHit::cursor));
  }
}
