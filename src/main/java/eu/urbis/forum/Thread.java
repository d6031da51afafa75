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
import java.util.function.Function;

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
    return new Reader(row, prefix).read(row);
  }

  /** Reads the unprefixed {@link #columns} of every row of the result {@code first} belongs to. */
  public static Function<Row, Thread> reader(Row first) {
    return new Reader(first, "")::read;
  }

  /** Reads the {@link #columns} selected with a prefix from every row of the result {@code first} belongs to. */
  public static final class Reader {
    private final int id;
    private final int boardId;
    private final int title;
    private final int kind;
    private final UserRef.Reader author;
    private final int createdAt;
    private final int lastPostAt;
    private final int postCount;
    private final int pinned;
    private final int locked;
    private final int tags;
    private final Practice.Reader practice;
    private final int audience;
    private final int files;

    public Reader(Row first, String prefix) {
      id = Columns.position(first, prefix + "id");
      boardId = Columns.position(first, prefix + "board_id");
      title = Columns.position(first, prefix + "title");
      kind = Columns.position(first, prefix + "kind");
      author = new UserRef.Reader(first, prefix + "author_");
      createdAt = Columns.position(first, prefix + "created_at");
      lastPostAt = Columns.position(first, prefix + "last_post_at");
      postCount = Columns.position(first, prefix + "post_count");
      pinned = Columns.position(first, prefix + "pinned");
      locked = Columns.position(first, prefix + "locked");
      tags = Columns.position(first, prefix + "tags");
      practice = new Practice.Reader(first, prefix);
      audience = Columns.position(first, prefix + "audience");
      files = Columns.position(first, prefix + "files");
    }

    public Thread read(Row row) {
      return new Thread(
        Long.toString(row.getLong(id)),
        Long.toString(row.getLong(boardId)),
        row.getString(title),
        ThreadKind.fromWire(row.getString(kind)),
        author.read(row),
        row.getOffsetDateTime(createdAt).toInstant(),
        row.getOffsetDateTime(lastPostAt).toInstant(),
        row.getInteger(postCount),
        row.getBoolean(pinned),
        row.getBoolean(locked),
        List.of(row.getArrayOfStrings(tags)),
        practice.read(row),
        row.getString(audience),
        AttachedFiles.fromRow(row, files));
    }
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
