package eu.urbis.programme;

import eu.urbis.auth.Authenticator;
import eu.urbis.city.City;
import eu.urbis.http.PathIds;
import eu.urbis.programme.Acknowledgements.Tally;
import eu.urbis.programme.AckRepository.Ack;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import static eu.urbis.http.Reply.ok;

/** Announcements' per-city acknowledgements: acknowledge, the tally, reminders, the CSV export. */
final class AckRoutes {
  private final Acknowledgements acks;

  AckRoutes(Acknowledgements acks) {
    this.acks = acks;
  }

  void mount(Router router, Authenticator authenticated) {
    router.post("/api/threads/:id/ack").handler(authenticated).handler(ok(this::acknowledge));
    router.get("/api/threads/:id/acks").handler(authenticated).handler(ok(this::tally));
    router.post("/api/threads/:id/acks/remind").handler(authenticated).handler(ok(this::remind));
    router.get("/api/threads/:id/acks.csv").handler(authenticated).handler(this::csv);
  }

  private Future<JsonObject> acknowledge(RoutingContext ctx) {
    return acks.acknowledge(Authenticator.caller(ctx), announcementId(ctx))
      .map(ack -> new JsonObject().put("cityId", ack.city().id()).put("by", ack.by().toJson()).put("at", ack.at().toString()));
  }

  private Future<JsonObject> tally(RoutingContext ctx) {
    return acks.tally(announcementId(ctx)).map(AckRoutes::toJson);
  }

  private Future<JsonObject> remind(RoutingContext ctx) {
    return acks.remind(Authenticator.caller(ctx), announcementId(ctx)).map(AckRoutes::toJson);
  }

  private void csv(RoutingContext ctx) {
    acks.export(Authenticator.caller(ctx), announcementId(ctx))
      .onSuccess(tally -> ctx.response()
        .putHeader("Content-Type", "text/csv; charset=utf-8")
        .putHeader("Content-Disposition", "attachment; filename=\"acknowledgements-" + announcementId(ctx) + ".csv\"")
        .end(AckCsv.of(tally)))
      .onFailure(ctx::fail);
  }

  private static JsonObject toJson(Tally tally) {
    JsonArray items = new JsonArray();
    tally.acknowledged().forEach(ack -> items.add(ackJson(ack)));
    JsonArray missing = new JsonArray();
    tally.missing().forEach(city -> missing.add(city.city().toJson()));
    return new JsonObject()
      .put("audience", tally.audience())
      .put("expected", tally.acknowledged().size() + tally.missing().size())
      .put("acknowledged", tally.acknowledged().size())
      .put("items", items)
      .put("missing", missing);
  }

  private static JsonObject ackJson(Ack ack) {
    City city = ack.city();
    return new JsonObject().put("city", city.toJson()).put("by", ack.by().toJson()).put("at", ack.at().toString());
  }

  private static long announcementId(RoutingContext ctx) {
    return PathIds.parse(ctx.pathParam("id"), "announcement");
  }
}
