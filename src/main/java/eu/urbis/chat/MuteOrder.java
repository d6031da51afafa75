package eu.urbis.chat;

import eu.urbis.failure.FieldCode;
import eu.urbis.http.Input;
import io.vertx.core.json.JsonObject;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** A moderator's mute of a user in a room: until when (null: until a moderator lifts it). */
record MuteOrder(long userId, OffsetDateTime until) {
  private static final Pattern USER_ID = Pattern.compile("\\d{1,18}");

  /** {@code until}: an ISO-8601 UTC time after {@code now}, or null/absent. */
  static MuteOrder from(JsonObject json, Instant now) {
    Input in = Input.of(json);
    String userId = in.text("userId", 1, 18, USER_ID, "must be a user id");
    OffsetDateTime until = until(in, now);
    in.validate();
    return new MuteOrder(Long.parseLong(userId), until);
  }

  private static OffsetDateTime until(Input in, Instant now) {
    String raw = in.optionalText("until", 1, 64);
    if (raw == null) {
      return null;
    }
    try {
      Instant until = Instant.parse(raw);
      if (!until.isAfter(now)) {
        in.reject("until", FieldCode.IN_PAST, "must be in the future");
      }
      return until.atOffset(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      in.reject("until", FieldCode.INVALID, "must be an ISO-8601 UTC time such as 2026-01-31T12:00:00Z");
      return null;
    }
  }
}
