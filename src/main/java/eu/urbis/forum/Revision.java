package eu.urbis.forum;

import eu.urbis.user.UserRef;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;

import java.time.Instant;

/** An older version of a post: its text, when it was written and by whom (the author, or a moderator's edit). */
public record Revision(String body, Instant writtenAt, UserRef writer) {

  public static Revision fromRow(Row row) {
    return new Revision(row.getString("body"), row.getOffsetDateTime("written_at").toInstant(), UserRef.fromRow(row, "writer_"));
  }

  public JsonObject toJson() {
    return new JsonObject().put("body", body).put("editedAt", writtenAt.toString()).put("editor", writer.toJson());
  }
}
