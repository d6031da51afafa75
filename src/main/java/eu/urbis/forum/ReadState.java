package eu.urbis.forum;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;

/**
 * The caller's side of a thread or board: how many posts (of a board: threads with such posts) they have not read,
 * and how closely they follow it.
 */
public record ReadState(long unread, String watch) {
  /** Nothing to read and no level chosen: for a thread or board gone between its page and its states. */
  static final ReadState NONE = new ReadState(0, "normal");

  static ReadState fromRow(Row row) {
    return new ReadState(row.getLong("unread"), row.getString("watch"));
  }

  /** Adds {@code unread} and {@code watch} to a Thread's or Board's JSON. */
  JsonObject addTo(JsonObject thread) {
    return thread.put("unread", unread).put("watch", watch);
  }
}
