package eu.urbis.programme;

import eu.urbis.auth.Authenticator;
import eu.urbis.http.JsonBody;
import eu.urbis.http.PageRequest;
import eu.urbis.http.PathIds;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import static eu.urbis.http.Reply.created;
import static eu.urbis.http.Reply.ok;

/** "Ask the network" (requests for help, read by everyone signed in) and promoting a run of chat to a thread. */
final class RequestRoutes {
  private final Requests requests;
  private final ChatPromotion promotion;

  RequestRoutes(Requests requests, ChatPromotion promotion) {
    this.requests = requests;
    this.promotion = promotion;
  }

  void mount(Router router, JsonBody json, Authenticator authenticated) {
    router.post("/api/requests").handler(authenticated).handler(json).handler(created(this::ask));
    router.get("/api/requests").handler(authenticated).handler(ok(this::list));
    router.get("/api/requests/:id").handler(authenticated).handler(ok(this::one));
    router.post("/api/requests/:id/accept").handler(authenticated).handler(ok(this::accept));
    router.post("/api/requests/:id/close").handler(authenticated).handler(json).handler(ok(this::close));
    router.post("/api/chat/rooms/:id/promote").handler(authenticated).handler(json).handler(created(this::promote));
  }

  private Future<JsonObject> ask(RoutingContext ctx) {
    return requests.ask(Authenticator.caller(ctx), NewHelpRequest.from(JsonBody.of(ctx))).map(Requests.Shown::toJson);
  }

  private Future<JsonObject> list(RoutingContext ctx) {
    PageRequest page = PageRequest.from(ctx);
    return requests.list(RequestFilter.from(ctx.queryParams()), page).map(rows -> rows.toJson(Requests.Shown::toJson));
  }

  private Future<JsonObject> one(RoutingContext ctx) {
    return requests.one(requestId(ctx)).map(Requests.Shown::toJson);
  }

  private Future<JsonObject> accept(RoutingContext ctx) {
    return requests.accept(Authenticator.caller(ctx), requestId(ctx)).map(Requests.Shown::toJson);
  }

  private Future<JsonObject> close(RoutingContext ctx) {
    return requests.close(Authenticator.caller(ctx), RequestOutcome.from(ctx.pathParam("id"), JsonBody.of(ctx))).map(Requests.Shown::toJson);
  }

  private Future<JsonObject> promote(RoutingContext ctx) {
    User caller = Authenticator.caller(ctx);
    return promotion.promote(caller, Promotion.from(ctx.pathParam("id"), JsonBody.of(ctx))).map(started -> started.thread().toJson(caller));
  }

  private static long requestId(RoutingContext ctx) {
    return PathIds.parse(ctx.pathParam("id"), "request");
  }
}
