package eu.urbis.mail;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;

import java.time.OffsetDateTime;

/** An outbox row as admins see it: who, what, and how sending has gone. Never the body. */
record OutboxEntry(long id, long userId, String about, String recipient, String subject, String status, int attempts,
                   String lastError, OffsetDateTime createdAt, OffsetDateTime sentAt, OffsetDateTime nextAttemptAt) {

  static OutboxEntry fromRow(Row row) {
    return new OutboxEntry(row.getLong("id"), row.getLong("user_id"), row.getString("about"), row.getString("recipient"),
      row.getString("subject"), row.getString("status"), row.getInteger("attempts"), row.getString("last_error"),
      row.getOffsetDateTime("created_at"), row.getOffsetDateTime("sent_at"), row.getOffsetDateTime("next_attempt_at"));
  }

  JsonObject toJson() {
    return new JsonObject()
      .put("id", Long.toString(id))
      .put("userId", Long.toString(userId))
      .put("about", about)
      .put("recipient", recipient)
      .put("subject", subject)
      .put("status", status)
      .put("attempts", attempts)
      .put("lastError", lastError)
      .put("createdAt", createdAt.toInstant().toString())
      .put("sentAt", sentAt == null ? null : sentAt.toInstant().toString())
      .put("nextAttemptAt", status.equals("pending") ? nextAttemptAt.toInstant().toString() : null);
  }
}
