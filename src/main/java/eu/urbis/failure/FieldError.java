package eu.urbis.failure;

import io.vertx.core.json.JsonObject;

/**
 * One field's violation: a stable {@code code} (see {@link FieldCode}) with its {@code params} for clients to say it in
 * the reader's language, and an English {@code message} for logs and for clients that do not know the code.
 */
public record FieldError(String field, String code, JsonObject params, String message) {
  public FieldError(String field, String code, String message) {
    this(field, code, null, message);
  }

  public JsonObject toJson() {
    JsonObject json = new JsonObject().put("field", field).put("code", code);
    if (params != null && !params.isEmpty()) {
      json.put("params", params);
    }
    return json.put("message", message);
  }
}
