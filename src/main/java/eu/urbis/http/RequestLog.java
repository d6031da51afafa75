package eu.urbis.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One line per request: method, path (no query string: it may carry secrets), status, milliseconds. */
public final class RequestLog implements Handler<RoutingContext> {
  private static final Logger log = LoggerFactory.getLogger("urbis.http");

  @Override
  public void handle(RoutingContext ctx) {
    long started = System.nanoTime();
    ctx.addEndHandler(done -> {
      if (log.isInfoEnabled()) {
        long ms = (System.nanoTime() - started) / 1_000_000;
        log.info("{} {} {} {}ms", ctx.request().method(), ctx.request().path(), ctx.response().getStatusCode(), ms);
      }
    });
    ctx.next();
  }
}
