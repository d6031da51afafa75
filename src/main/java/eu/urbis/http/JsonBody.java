package eu.urbis.http;

import eu.urbis.failure.Failure;
import eu.urbis.failure.FieldCode;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Route step for endpoints that take a JSON object: 415 unless the body is declared as JSON,
 * 400 unless it parses to an object without control characters ({@link ControlCharacters}). Handlers then read it with {@link #of(RoutingContext)}.
 */
public final class JsonBody implements Handler<RoutingContext> {
  private static final String KEY = "urbis.json";

  @Override
  public void handle(RoutingContext ctx) {
    Buffer body = ctx.body().buffer();
    boolean empty = body == null || body.length() == 0;
    String contentType = ctx.request().getHeader("Content-Type");
    if (empty && contentType == null) {
      ctx.put(KEY, new JsonObject());
      ctx.next();
      return;
    }
    if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
      ctx.fail(new ApiException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json."));
      return;
    }
    Object parsed;
    try {
      parsed = empty ? null : Json.decodeValue(body);
    } catch (DecodeException e) {
      ctx.fail(new ApiException(ProblemType.MALFORMED_JSON, "The request body is not valid JSON."));
      return;
    }
    if (!(parsed instanceof JsonObject object)) {
      ctx.fail(new ApiException(ProblemType.MALFORMED_JSON, "The request body must be a JSON object."));
      return;
    }
    String dirty = ControlCharacters.fieldWithAny(object);
    if (dirty != null) {
      ctx.fail(Failure.invalid(dirty, FieldCode.INVALID, ControlCharacters.RULE));
      return;
    }
    ctx.put(KEY, object);
    ctx.next();
  }

  public static JsonObject of(RoutingContext ctx) {
    JsonObject json = ctx.get(KEY);
    return json == null ? new JsonObject() : json;
  }
}
