package eu.urbis.http;

import eu.urbis.failure.Failure;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Route step for operator endpoints (/metrics): {@code Authorization: Bearer <token>} with the configured token,
 * else 401; with no token configured the endpoint does not exist (404).
 */
public final class OperatorToken implements Handler<RoutingContext> {
  private static final String BEARER = "bearer ";

  private final byte[] token;

  public OperatorToken(String token) {
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void handle(RoutingContext ctx) {
    if (token == null) {
      ctx.fail(Failure.notFound("No such page."));
      return;
    }
    String header = ctx.request().getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())
      || !MessageDigest.isEqual(token, header.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8))) {
      ctx.fail(Failure.unauthorized("Send Authorization: Bearer <the metrics token>."));
      return;
    }
    ctx.next();
  }
}
