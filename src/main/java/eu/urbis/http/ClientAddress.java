package eu.urbis.http;

import io.vertx.ext.web.RoutingContext;

import java.util.List;

/**
 * The client's IP for rate limits. X-Forwarded-For is believed only when the direct peer is one of the
 * configured trusted proxies; otherwise anyone could pick a fresh address per request.
 */
public final class ClientAddress {
  private final List<String> trustedProxies;

  public ClientAddress(List<String> trustedProxies) {
    this.trustedProxies = List.copyOf(trustedProxies);
  }

  public String of(RoutingContext ctx) {
    String forwarded = ctx.request().getHeader("X-Forwarded-For");
    if (forwarded == null || !fromTrustedProxy(ctx)) {
      return peer(ctx);
    }
    String[] hops = forwarded.split(",");
    return hops[hops.length - 1].strip();
  }

  /** Whether the client reached us over TLS: directly, or through a trusted proxy that says so. */
  public boolean overTls(RoutingContext ctx) {
    return ctx.request().isSSL()
      || fromTrustedProxy(ctx) && "https".equalsIgnoreCase(ctx.request().getHeader("X-Forwarded-Proto"));
  }

  private boolean fromTrustedProxy(RoutingContext ctx) {
    return trustedProxies.contains(peer(ctx));
  }

  private static String peer(RoutingContext ctx) {
    return ctx.request().remoteAddress() == null ? "unknown" : ctx.request().remoteAddress().host();
  }
}
