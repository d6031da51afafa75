package eu.urbis.files;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;

/**
 * An upload: the name its uploader gave it and the content (type, size, SHA-256, the language detected in its text,
 * or null) it names.
 */
public record StoredFile(long id, String name, String type, long size, String sha256, long ownerId, String language) {
  static final String COLUMNS = "f.id, f.name, c.type, c.size, f.sha256, f.owner_id, c.language";

  static StoredFile fromRow(Row row) {
    return new StoredFile(row.getLong("id"), row.getString("name"), row.getString("type"), row.getLong("size"),
      row.getString("sha256"), row.getLong("owner_id"), row.getString("language"));
  }

  static String previewUrl(long id) {
    return "/api/files/" + id + "/preview";
  }

  public JsonObject toJson() {
    return new JsonObject()
      .put("id", Long.toString(id))
      .put("name", name)
      .put("type", type)
      .put("size", size)
      .put("sha256", sha256)
      .put("language", language)
      .put("preview", ContentTypes.previewable(type) ? previewUrl(id) : null);
  }
}
