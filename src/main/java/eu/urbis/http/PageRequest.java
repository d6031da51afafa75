package eu.urbis.http;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * {@code ?limit=&cursor=} of a list endpoint. A cursor is an opaque base64url JSON object holding the keyset
 * position (e.g. the last row's sort key and id); each feature decides its fields.
 */
public record PageRequest(int limit, JsonObject cursor) {
  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;

  public static PageRequest from(RoutingContext ctx) {
    return new PageRequest(limit(ctx.request().getParam("limit")), decode(ctx.request().getParam("cursor")));
  }

  public boolean first() {
    return cursor == null;
  }

  /** Asks the database for one row more than the page holds, to know whether a next page exists. */
  public int fetchSize() {
    return limit + 1;
  }

  public static String encode(JsonObject position) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(position.encode().getBytes(StandardCharsets.UTF_8));
  }

  private static int limit(String raw) {
    if (raw == null || raw.isEmpty()) {
      return DEFAULT_LIMIT;
    }
    try {
      int limit = Integer.parseInt(raw);
      if (limit >= 1 && limit <= MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw ApiException.invalid("limit", "must be a whole number from 1 to " + MAX_LIMIT);
  }

  private static JsonObject decode(String raw) {
    if (raw == null || raw.isEmpty()) {
      return null;
    }
    try {
      return new JsonObject(new String(Base64.getUrlDecoder().decode(raw), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException | DecodeException | ClassCastException e) {
      throw ApiException.invalid("cursor", "is not a cursor this server issued");
    }
  }
}
