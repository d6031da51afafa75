package eu.urbis.http;

import eu.urbis.failure.Failure;
import eu.urbis.failure.FieldCode;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The one rule for text at the edge: no control characters (NUL, the other C0 and C1 controls, DEL) except tab, line
 * feed and carriage return. PostgreSQL refuses NUL, and none of them belongs in anything a person writes. Applied to
 * the path and query here, to JSON bodies in {@link JsonBody}, to cursors in {@link PageRequest} and to chat frames.
 */
public final class ControlCharacters implements Handler<RoutingContext> {
  public static final String RULE = "must not contain control characters";

  public static boolean in(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        return true;
      }
    }
    return false;
  }

  /** The top-level field whose key or value (however deeply nested) holds a control character, or null. */
  public static String fieldWithAny(JsonObject json) {
    for (Map.Entry<String, Object> entry : json) {
      if (in(entry.getKey()) || inValue(entry.getValue())) {
        return entry.getKey();
      }
    }
    return null;
  }

  private static boolean inValue(Object value) {
    if (value instanceof String text) {
      return in(text);
    }
    if (value instanceof JsonObject object) {
      return fieldWithAny(object) != null;
    }
    if (value instanceof JsonArray array) {
      for (Object item : array) {
        if (inValue(item)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Route step: the decoded path and every query parameter (name and value). */
  @Override
  public void handle(RoutingContext ctx) {
    if (in(decodedPath(ctx.request().path()))) {
      ctx.fail(ApiException.badRequest("The path " + RULE + "."));
      return;
    }
    for (Map.Entry<String, String> param : ctx.queryParams()) {
      if (in(param.getKey()) || in(param.getValue())) {
        ctx.fail(Failure.invalid(in(param.getKey()) ? "query" : param.getKey(), FieldCode.INVALID, RULE));
        return;
      }
    }
    ctx.next();
  }

  /** Path parameters are percent-decoded later, per route: a %00 in the path must be seen decoded. */
  private static String decodedPath(String path) {
    try {
      return URLDecoder.decode(path, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return path;
    }
  }
}
