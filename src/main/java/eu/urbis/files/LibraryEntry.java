package eu.urbis.files;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;

/**
 * A file of the resource library and the places it is attached ("used in"): {@code [{"type", "id", "title"}]}, with
 * {@code threadId} for a post and {@code roomId} for a chat message.
 */
record LibraryEntry(StoredFile file, JsonArray attachedTo) {
  static LibraryEntry fromRow(Row row) {
    return new LibraryEntry(StoredFile.fromRow(row), (JsonArray) row.getValue("attached_to"));
  }

  JsonObject toJson() {
    return new JsonObject().put("file", file.toJson()).put("attachedTo", attachedTo.copy());
  }

  JsonObject cursor() {
    return new JsonObject().put("id", file.id());
  }
}
