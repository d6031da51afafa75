package eu.urbis.forum;

import eu.urbis.user.UserRef;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;

import java.time.Instant;
import java.util.List;

/** A forum thread; {@code postCount} counts its posts that are not deleted, the opening post included. */
public record Thread(
  String id,
  String boardId,
  String title,
  ThreadKind kind,
  UserRef author,
  Instant createdAt,
  Instant lastPostAt,
  int postCount,
  boolean pinned,
  boolean locked,
  List<String> tags,
  Practice practice) {

  /** Selects a thread as {@link #fromRow} reads it: {@code threads t} joined to its author {@code users a}. */
  static final String SELECT = """
    SELECT t.id, t.board_id, t.title, t.kind, t.created_at, t.last_post_at, t.post_count, t.pinned, t.locked, t.tags,
      t.practice_city_id, t.practice_theme, t.practice_summary, t.practice_outcomes, t.practice_links,
      a.id AS author_id, a.username AS author_username, a.display_name AS author_display_name,
      a.city_id AS author_city_id, a.role AS author_role
    FROM threads t JOIN users a ON a.id = t.author_id
    """;

  public static Thread fromRow(Row row) {
    return new Thread(
      Long.toString(row.getLong("id")),
      Long.toString(row.getLong("board_id")),
      row.getString("title"),
      ThreadKind.fromWire(row.getString("kind")),
      UserRef.fromRow(row, "author_"),
      row.getOffsetDateTime("created_at").toInstant(),
      row.getOffsetDateTime("last_post_at").toInstant(),
      row.getInteger("post_count"),
      row.getBoolean("pinned"),
      row.getBoolean("locked"),
      List.of(row.getArrayOfStrings("tags")),
      Practice.fromRow(row));
  }

  public long numericId() {
    return Long.parseLong(id);
  }

  public boolean startedBy(String userId) {
    return author.id().equals(userId);
  }

  public JsonObject toJson() {
    return new JsonObject()
      .put("id", id)
      .put("boardId", boardId)
      .put("title", title)
      .put("kind", kind.wire())
      .put("author", author.toJson())
      .put("createdAt", createdAt.toString())
      .put("lastPostAt", lastPostAt.toString())
      .put("postCount", postCount)
      .put("pinned", pinned)
      .put("locked", locked)
      .put("tags", new JsonArray(tags))
      .put("practice", practice == null ? null : practice.toJson());
  }
}
