package eu.urbis.http;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.util.function.Function;

/**
 * Adapts a route function returning a Future into a handler: success writes JSON with the given status,
 * any failure (thrown or in the Future) goes to the problem handler. Keeps route tables one line per route.
 */
public final class Reply {
  private Reply() {
  }

  public static Handler<RoutingContext> ok(Function<RoutingContext, Future<JsonObject>> route) {
    return json(200, route);
  }

  public static Handler<RoutingContext> created(Function<RoutingContext, Future<JsonObject>> route) {
    return json(201, route);
  }

  public static Handler<RoutingContext> noContent(Function<RoutingContext, Future<Void>> route) {
    return ctx -> attempt(ctx, route).onSuccess(ignored -> ctx.response().setStatusCode(204).end());
  }

  private static Handler<RoutingContext> json(int status, Function<RoutingContext, Future<JsonObject>> route) {
    return ctx -> attempt(ctx, route).onSuccess(body -> ctx.response()
      .setStatusCode(status)
      .putHeader("Content-Type", "application/json; charset=utf-8")
      .putHeader("Cache-Control", "no-store")
      .end(body.toBuffer()));
  }

  private static <T> Future<T> attempt(RoutingContext ctx, Function<RoutingContext, Future<T>> route) {
    Future<T> result;
    try {
      result = route.apply(ctx);
    } catch (RuntimeException e) {
      result = Future.failedFuture(e);
    }
    return result.onFailure(ctx::fail);
  }
}
