package eu.urbis.forum;

import eu.urbis.failure.FieldCode;
import eu.urbis.http.Input;
import io.vertx.core.json.JsonObject;

/** Ids in request bodies. */
final class BodyIds {
  private BodyIds() {
  }

  /** An optional id in a body: a string of digits (a number is accepted too); anything else is a 400 on the field. */
  static Long optionalField(JsonObject json, Input in, String field) {
    Object raw = json.getValue(field);
    if (raw == null) {
      return null;
    }
    if (raw instanceof Integer || raw instanceof Long) {
      return ((Number) raw).longValue();
    }
    if (raw instanceof String text) {
      try {
        return Long.parseLong(text.strip());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    in.reject(field, FieldCode.INVALID, "is not an id");
    return null;
  }
}
