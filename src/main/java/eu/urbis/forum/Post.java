package eu.urbis.forum;

import eu.urbis.user.UserRef;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;

import java.time.Instant;

/** A post in a thread's reply tree; {@code path} is its tree position (see {@link ReplyTree}), never shown. */
public record Post(
  String id,
  String threadId,
  String parentId,
  int depth,
  String path,
  UserRef author,
  String body,
  String html,
  Instant createdAt,
  Instant editedAt,
  boolean deleted,
  JsonObject reactions) {

  /** Selects a post as {@link #fromRow} reads it: {@code posts p} with its author and reaction counts. */
  static final String SELECT = """
    SELECT p.id, p.thread_id, p.parent_id, p.depth, p.path, p.body, p.html, p.created_at, p.edited_at, p.deleted,
      a.id AS author_id, a.username AS author_username, a.display_name AS author_display_name,
      a.city_id AS author_city_id, a.role AS author_role,
      (SELECT coalesce(jsonb_object_agg(r.emoji, r.n), '{}')
         FROM (SELECT emoji, count(*) AS n FROM post_reactions WHERE post_id = p.id GROUP BY emoji) r) AS reactions
    FROM posts p JOIN users a ON a.id = p.author_id
    """;

  public static Post fromRow(Row row) {
    Long parent = row.getLong("parent_id");
    return new Post(
      Long.toString(row.getLong("id")),
      Long.toString(row.getLong("thread_id")),
      parent == null ? null : parent.toString(),
      row.getInteger("depth"),
      row.getString("path"),
      UserRef.fromRow(row, "author_"),
      row.getString("body"),
      row.getString("html"),
      row.getOffsetDateTime("created_at").toInstant(),
      instant(row, "edited_at"),
      row.getBoolean("deleted"),
      (JsonObject) row.getValue("reactions"));
  }

  public boolean writtenBy(String userId) {
    return author.id().equals(userId);
  }

  public JsonObject toJson() {
    return new JsonObject()
      .put("id", id)
      .put("threadId", threadId)
      .put("parentId", parentId)
      .put("depth", depth)
      .put("author", author.toJson())
      .put("body", body)
      .put("html", html)
      .put("createdAt", createdAt.toString())
      .put("editedAt", editedAt == null ? null : editedAt.toString())
      .put("deleted", deleted)
      .put("reactions", reactions);
  }

  static Instant instant(Row row, String column) {
    var value = row.getOffsetDateTime(column);
    return value == null ? null : value.toInstant();
  }
}
