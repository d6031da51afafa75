package eu.urbis.search;

import eu.urbis.auth.Authenticator;
import eu.urbis.http.PageRequest;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import static eu.urbis.http.Reply.ok;

public final class SearchRoutes {
  private final SearchService search;

  public SearchRoutes(SearchService search) {
    this.search = search;
  }

  public void mount(Router router, Authenticator authenticated) {
    router.get("/api/search").handler(authenticated).handler(ok(this::search));
  }

  private Future<JsonObject> search(RoutingContext ctx) {
    User caller = Authenticator.caller(ctx);
    return search.search(caller, ctx.queryParams(), PageRequest.from(ctx)).map(page -> page.toJson(hit -> hit.toJson(caller)));
  }
}
