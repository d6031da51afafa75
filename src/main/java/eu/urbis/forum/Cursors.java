package eu.urbis.forum;

import eu.urbis.http.ApiException;
import io.vertx.core.json.JsonObject;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reads the fields of a decoded page cursor; anything this server would not have written is a 400. */
final class Cursors {
  private Cursors() {
  }

  static String text(JsonObject cursor, String key) {
    if (!(cursor.getValue(key) instanceof String text)) {
      throw foreign();
    }
    return text;
  }

  static long number(JsonObject cursor, String key) {
    if (!(cursor.getValue(key) instanceof Number number)) {
      throw foreign();
    }
    return number.longValue();
  }

  static boolean flag(JsonObject cursor, String key) {
    if (!(cursor.getValue(key) instanceof Boolean flag)) {
      throw foreign();
    }
    return flag;
  }

  static Instant instant(JsonObject cursor, String key) {
    try {
      return Instant.parse(text(cursor, key));
    } catch (DateTimeParseException e) {
      throw foreign();
    }
  }

  private static ApiException foreign() {
    return ApiException.invalid("cursor", "is not a cursor this server issued");
  }
}
