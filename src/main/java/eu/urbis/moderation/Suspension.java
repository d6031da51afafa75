package eu.urbis.moderation;

import eu.urbis.failure.FieldCode;
import eu.urbis.http.Input;
import eu.urbis.http.PathIds;
import io.vertx.core.json.JsonObject;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** A moderator's suspension of a user: why, and until when (null: until a moderator lifts it). */
record Suspension(long userId, String reason, OffsetDateTime until) {
  /** {@code until}: an ISO-8601 time after {@code now}, or null/absent. */
  static Suspension from(String userId, JsonObject body, Instant now) {
    long id = PathIds.parse(userId, "user");
    Input in = Input.of(body);
    String reason = in.text("reason", 1, 500);
    OffsetDateTime until = until(in, body.getValue("until"), now);
    in.validate();
    return new Suspension(id, reason, until);
  }

  private static OffsetDateTime until(Input in, Object raw, Instant now) {
    if (raw == null) {
      return null;
    }
    if (!(raw instanceof String text)) {
      in.reject("until", FieldCode.INVALID, "must be an ISO-8601 time or null");
      return null;
    }
    try {
      OffsetDateTime until = OffsetDateTime.parse(text);
      if (!until.toInstant().isAfter(now)) {
        in.reject("until", FieldCode.IN_PAST, "must be in the future");
      }
      return until;
    } catch (DateTimeParseException e) {
      in.reject("until", FieldCode.INVALID, "must be an ISO-8601 time such as 2026-12-31T12:00:00Z");
      return null;
    }
  }
}
