package eu.urbis.forum;

import eu.urbis.db.Columns;
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

  /** The columns {@link #fromRow} reads: the {@code posts} row {@code post}, its author and reaction counts. */
  public static String columns(String post, String author, String prefix) {
    return Columns.of(post, prefix, "id", "thread_id", "parent_id", "depth", "path", "body", "html", "created_at",
      "edited_at", "deleted")
      + ", " + UserRef.columns(author, prefix + "author_")
      + ", (SELECT coalesce(jsonb_object_agg(r.emoji, r.n), '{}') FROM (SELECT emoji, count(*) AS n FROM post_reactions"
      + " WHERE post_id = " + post + ".id GROUP BY emoji) r) AS " + prefix + "reactions";
  }

  /** Selects a post as {@link #fromRow} reads it: {@code posts p} with its author {@code users a}. */
  static final String SELECT = "SELECT " + columns("p", "a", "") + "\nFROM posts p JOIN users a ON a.id = p.author_id\n";

  public static Post fromRow(Row row) {
    return fromRow(row, "");
  }

  /** Reads the columns {@link #columns} selected with {@code prefix}. */
  public static Post fromRow(Row row, String prefix) {
    Long parent = row.getLong(prefix + "parent_id");
    return new Post(
      Long.toString(row.getLong(prefix + "id")),
      Long.toString(row.getLong(prefix + "thread_id")),
      parent == null ? null : parent.toString(),
      row.getInteger(prefix + "depth"),
      row.getString(prefix + "path"),
      UserRef.fromRow(row, prefix + "author_"),
      row.getString(prefix + "body"),
      row.getString(prefix + "html"),
      row.getOffsetDateTime(prefix + "created_at").toInstant(),
      instant(row, prefix + "edited_at"),
      row.getBoolean(prefix + "deleted"),
      (JsonObject) row.getValue(prefix + "reactions"));
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
