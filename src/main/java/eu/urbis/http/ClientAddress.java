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
    String peer = ctx.request().remoteAddress() == null ? "unknown" : ctx.request().remoteAddress().host();
    String forwarded = ctx.request().getHeader("X-Forwarded-For");
    if (forwarded == null || !trustedProxies.contains(peer)) {
      return peer;
    }
    String[] hops = forwarded.split(",");
    return hops[hops.length - 1].strip();
  }
}
