package eu.urbis.http;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * Headers every response carries; the CSP allows only same-origin scripts, so no inline script can run.
 * HSTS is sent only when the client came over TLS, so a plain-HTTP development set-up never pins itself.
 */
public final class SecurityHeaders implements Handler<RoutingContext> {
  private static final String HSTS = "max-age=31536000; includeSubDomains";

  private final ClientAddress clientAddress;

  public SecurityHeaders(ClientAddress clientAddress) {
    this.clientAddress = clientAddress;
  }

  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; "
    + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  @Override
  public void handle(RoutingContext ctx) {
    setOn(ctx.response().headers());
    if (clientAddress.overTls(ctx)) {
      ctx.response().headers().set("Strict-Transport-Security", HSTS);
    }
    ctx.next();
  }

  /** Also for answers the router never sees (see {@link InvalidRequests}). */
  static void setOn(MultiMap headers) {
    headers
      .set("Content-Security-Policy", CSP)
      .set("X-Content-Type-Options", "nosniff")
      .set("Referrer-Policy", "no-referrer")
      .set("X-Frame-Options", "DENY");
  }
}
