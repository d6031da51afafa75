package eu.urbis.http;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.handler.CorsHandler;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Cross-origin access to the API: closed unless origins are configured, then only for those exact origins. */
public final class Cors {
  private Cors() {
  }

  public static Optional<CorsHandler> of(List<String> origins) {
    if (origins.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(CorsHandler.create()
      .addOrigins(origins)
      .allowedMethods(Set.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PATCH, HttpMethod.PUT, HttpMethod.DELETE))
      .allowedHeaders(Set.of("Authorization", "Content-Type"))
      .exposedHeaders(Set.of("Retry-After"))
      .maxAgeSeconds(600));
  }
}
