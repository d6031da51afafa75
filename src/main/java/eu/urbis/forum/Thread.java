package eu.urbis.forum;

import eu.urbis.auth.Can;
import eu.urbis.auth.Policy;
import eu.urbis.db.Columns;
import eu.urbis.files.Attachments;
import eu.urbis.user.User;
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
  Practice practice,
  String audience,
  JsonArray files) {

  /** The columns {@link #fromRow} reads: the {@code threads} row {@code thread} and its author {@code author}. */
  public static String columns(String thread, String author, String prefix) {
    return Columns.of(thread, prefix, "id", "board_id", "title", "kind", "created_at", "last_post_at", "post_count",
      "pinned", "locked", "tags", "practice_city_id", "practice_theme", "practice_summary", "practice_outcomes",
      "practice_links", "audience")
      + ", " + Practice.reviewColumns(thread, prefix)
      + ", " + UserRef.columns(author, prefix + "author_")
      + ", " + Attachments.postFilesJson(thread + ".opening_post_id") + " AS " + prefix + "files";
  }

  /** Selects a thread as {@link #fromRow} reads it: {@code threads t} joined to its author {@code users a}. */
  static final String SELECT = "SELECT " + columns("t", "a", "") + "\nFROM threads t JOIN users a ON a.id = t.author_id\n";

  public static Thread fromRow(Row row) {
    return fromRow(row, "");
  }

  /** Reads the columns {@link #columns} selected with {@code prefix}. */
  public static Thread fromRow(Row row, String prefix) {
    return new Thread(
      Long.toString(row.getLong(prefix + "id")),
      Long.toString(row.getLong(prefix + "board_id")),
      row.getString(prefix + "title"),
      ThreadKind.fromWire(row.getString(prefix + "kind")),
      UserRef.fromRow(row, prefix + "author_"),
      row.getOffsetDateTime(prefix + "created_at").toInstant(),
      row.getOffsetDateTime(prefix + "last_post_at").toInstant(),
      row.getInteger(prefix + "post_count"),
      row.getBoolean(prefix + "pinned"),
      row.getBoolean(prefix + "locked"),
      List.of(row.getArrayOfStrings(prefix + "tags")),
      Practice.fromRow(row, prefix),
      row.getString(prefix + "audience"),
      AttachedFiles.fromRow(row, prefix + "files"));
  }

  public long numericId() {
    return Long.parseLong(id);
  }

  public boolean startedBy(String userId) {
    return author.id().equals(userId);
  }

  /**
   * What {@code viewer} may do with the thread itself: retitle it, reply, pin, lock or move it. Threads are neither
   * deleted nor reported themselves (their posts are), so those two flags are always false.
   */
  public Can can(User viewer) {
    return new Can(ForumPolicy.canRetitle(viewer, this), false, ForumPolicy.canReply(viewer, this), Policy.canModerate(viewer), false);
  }

  public JsonObject toJson(User viewer) {
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
      .put("practice", practice == null ? null : practice.toJson())
      .put("audience", audience)
      .put("files", files.copy())
      .put("can", can(viewer).toJson());
  }
}
