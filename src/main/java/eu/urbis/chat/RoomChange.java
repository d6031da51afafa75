package eu.urbis.chat;

import eu.urbis.failure.Failure;
import eu.urbis.failure.FieldCode;
import io.vertx.core.json.JsonObject;

/** A PATCH of a room's settings: how many days it keeps its messages ({@code retentionDays}, null to keep them). */
record RoomChange(Integer retentionDays) {
  static final int MAX_RETENTION_DAYS = 3_650;

  /** The body must name {@code retentionDays}: a whole number of days in range, or null. */
  static RoomChange from(JsonObject json) {
    if (!json.containsKey("retentionDays")) {
      throw Failure.invalid("retentionDays", FieldCode.REQUIRED, "is required (a number of days, or null to keep messages)");
    }
    Object raw = json.getValue("retentionDays");
    if (raw == null) {
      return new RoomChange(null);
    }
    if (raw instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
      && number.doubleValue() >= 1 && number.doubleValue() <= MAX_RETENTION_DAYS) {
      return new RoomChange(number.intValue());
    }
    throw Failure.invalid("retentionDays", FieldCode.OUT_OF_RANGE, new JsonObject().put("min", 1).put("max", MAX_RETENTION_DAYS),
      "must be a whole number of days from 1 to " + MAX_RETENTION_DAYS + ", or null");
  }
}
