package eu.urbis.city;

import eu.urbis.http.Page;
import eu.urbis.http.PathIds;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;

import static eu.urbis.http.Reply.ok;

/** The roster is public: anyone may see which cities take part. */
public final class CityRoutes {
  private final Pool pool;
  private final CityRepository cities;

  public CityRoutes(Pool pool, CityRepository cities) {
    this.pool = pool;
    this.cities = cities;
  }

  public void mount(Router router) {
    router.get("/api/cities").handler(ok(this::list));
    router.get("/api/cities/:id").handler(ok(this::get));
  }

  private Future<JsonObject> list(RoutingContext ctx) {
    return cities.all(pool).map(all -> Page.items(all, City::toJson));
  }

  private Future<JsonObject> get(RoutingContext ctx) {
    return cities.findWithMembers(pool, ctx.pathParam("id"))
      .map(found -> found
        .map(city -> city.city().toJson().put("members", city.members()))
        .orElseThrow(() -> PathIds.notFound("city")));
  }
}
