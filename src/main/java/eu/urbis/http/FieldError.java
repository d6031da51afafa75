package eu.urbis.http;

import io.vertx.core.json.JsonObject;

public record FieldError(String field, String message) {
  public JsonObject toJson() {
    return new JsonObject().put("field", field).put("message", message);
  }
}
