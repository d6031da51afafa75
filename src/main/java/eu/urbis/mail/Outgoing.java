package eu.urbis.mail;

import io.vertx.sqlclient.Row;

/** An outbox row a worker has claimed; {@code attempts} counts this one. */
record Outgoing(long id, String recipient, String subject, String text, String html, String unsubscribeUrl, int attempts) {
  static Outgoing fromRow(Row row) {
    return new Outgoing(row.getLong("id"), row.getString("recipient"), row.getString("subject"), row.getString("text_body"),
      row.getString("html_body"), row.getString("unsubscribe_url"), row.getInteger("attempts"));
  }
}
