package eu.urbis.forum;

import io.vertx.core.json.JsonArray;
import io.vertx.sqlclient.Row;

/** The {@code files} column a post or thread is read with: the JSON array files.Attachments builds in SQL. */
final class AttachedFiles {
  private AttachedFiles() {
  }

  static JsonArray fromRow(Row row, int column) {
    Object value = row.getValue(column);
    return value instanceof JsonArray array ? array : new JsonArray();
  }
}
