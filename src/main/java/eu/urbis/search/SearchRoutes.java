package eu.urbis.search;

import eu.urbis.auth.Authenticator;
import eu.urbis.auth.UserLimits;
import eu.urbis.http.PageRequest;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import static eu.urbis.http.Reply.ok;

public final class SearchRoutes {
  private final SearchService search;
  private final UserLimits limits;

  public SearchRoutes(SearchService search, UserLimits limits) {
    this.search = search;
    this.limits = limits;
  }

  public void mount(Router router, Authenticator authenticated) {
    router.get("/api/search").handler(authenticated).handler(limits.searching()).handler(ok(this::search));
  }

  private Future<JsonObject> search(RoutingContext ctx) {
    User caller = Authenticator.caller(ctx);
    return search.search(caller, SearchQuery.from(ctx.queryParams(), PageRequest.from(ctx))).map(page -> page.toJson(hit -> hit.toJson(caller)));
  }
}
