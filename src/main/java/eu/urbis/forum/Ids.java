package eu.urbis.forum;

import eu.urbis.http.ApiException;
import eu.urbis.http.Input;
import io.vertx.core.json.JsonObject;

/** Ids in paths: an id that is not a number names nothing, so it is a 404 like an unknown one. */
public final class Ids {
  private Ids() {
  }

  public static long parse(String raw, String what) {
    try {
      return Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw notFound(what);
    }
  }

  public static ApiException notFound(String what) {
    return ApiException.notFound("No such " + what + ".");
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
    in.reject(field, "is not an id");
    return null;
  }
}
