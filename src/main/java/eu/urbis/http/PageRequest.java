package eu.urbis.http;

import eu.urbis.failure.Failure;
import eu.urbis.failure.FieldCode;
import eu.urbis.failure.Invalid;
import io.vertx.core.Future;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.function.Function;

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

  /** The cursor's fields, typed: anything this server would not have written is a 400, never a 500. */
  public String cursorText(String key) {
    if (!(cursor.getValue(key) instanceof String text)) {
      throw foreignCursor();
    }
    return text;
  }

  public long cursorNumber(String key) {
    if (!(cursor.getValue(key) instanceof Number number)) {
      throw foreignCursor();
    }
    return number.longValue();
  }

  public boolean cursorFlag(String key) {
    if (!(cursor.getValue(key) instanceof Boolean flag)) {
      throw foreignCursor();
    }
    return flag;
  }

  /**
   * Where the page resumes: {@code start} on the first page, else what {@code decode} reads from the cursor. A cursor
   * it cannot read is a failed Future with a 400, so a service can begin its chain here instead of throwing.
   */
  public <T> Future<T> after(T start, Function<PageRequest, T> decode) {
    if (first()) {
      return Future.succeededFuture(start);
    }
    try {
      return Future.succeededFuture(decode.apply(this));
    } catch (Invalid e) {
      return Future.failedFuture(e);
    } catch (RuntimeException e) {
      return Future.failedFuture(foreignCursor());
    }
  }

  public Instant cursorInstant(String key) {
    try {
      return Instant.parse(cursorText(key));
    } catch (DateTimeParseException e) {
      throw foreignCursor();
    }
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
    throw Failure.invalid("limit", FieldCode.OUT_OF_RANGE, new JsonObject().put("min", 1).put("max", MAX_LIMIT), "must be a whole number from 1 to " + MAX_LIMIT);
  }

  private static JsonObject decode(String raw) {
    if (raw == null || raw.isEmpty()) {
      return null;
    }
    JsonObject cursor;
    try {
      cursor = new JsonObject(new String(Base64.getUrlDecoder().decode(raw), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException | DecodeException | ClassCastException e) {
      throw foreignCursor();
    }
    if (ControlCharacters.fieldWithAny(cursor) != null) {
      throw foreignCursor();
    }
    return cursor;
  }

  private static Invalid foreignCursor() {
    return Failure.invalid("cursor", FieldCode.UNKNOWN, "is not a cursor this server issued");
  }
}
