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

/**
 * A post in a thread's reply tree; {@code path} is its tree position (see {@link ReplyTree}), never shown.
 * A post is read for one viewer: {@code mine} are that viewer's reactions, and {@code threadLocked} tells whether
 * the viewer may reply below it. {@code language} is the detected or chosen language's code (null: the detector was
 * unsure), {@code languageChosen} whether the author chose it.
 */
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
  String language,
  boolean languageChosen,
  JsonObject reactions,
  List<String> mine,
  boolean threadLocked,
  JsonArray files) {

  /**
   * The columns {@link #fromRow} reads: the {@code posts} row {@code post}, its author, reaction counts, the
   * reactions of the user whose id is the statement's parameter {@code viewer} (e.g. {@code "$2"}) and whether
   * its thread is locked.
   */
  public static String columns(String post, String author, String prefix, String viewer) {
    return Columns.of(post, prefix, "id", "thread_id", "parent_id", "depth", "path", "body", "html", "created_at",
      "edited_at", "deleted",
      "language", "language_chosen")
      + ", " + UserRef.columns(author, prefix + "author_")
      + ", (SELECT coalesce(jsonb_object_agg(r.emoji, r.n), '{}') FROM (SELECT emoji, count(*) AS n FROM post_reactions"
      + " WHERE post_id = " + post + ".id GROUP BY emoji) r) AS " + prefix + "reactions"
      + ", ARRAY(SELECT mr.emoji FROM post_reactions mr WHERE mr.post_id = " + post + ".id AND mr.user_id = " + viewer
      + " ORDER BY mr.emoji) AS " + prefix + "mine"
      + ", (SELECT pt.locked FROM threads pt WHERE pt.id = " + post + ".thread_id) AS " + prefix + "thread_locked"
      + ", " + Attachments.postFilesJson(post + ".id") + " AS " + prefix + "files";
  }

  /** Selects a post as {@link #fromRow} reads it: {@code posts p} with its author {@code users a}, for {@code viewer}. */
  static String select(String viewer) {
    return "SELECT " + columns("p", "a", "", viewer) + "\nFROM posts p JOIN users a ON a.id = p.author_id\n";
  }

  public static Post fromRow(Row row) {
    return fromRow(row, "");
  }

  /** Reads the columns {@link #columns} selected with {@code prefix}. */
  public static Post fromRow(Row row, String prefix) {
    return new Reader(row, prefix).read(row);
  }

  /** Reads the unprefixed {@link #columns} of every row of the result {@code first} belongs to. */
  public static Function<Row, Post> reader(Row first) {
    return new Reader(first, "")::read;
  }

  /** Reads the {@link #columns} selected with a prefix from every row of the result {@code first} belongs to. */
  public static final class Reader {
    private final int id;
    private final int threadId;
    private final int parentId;
    private final int depth;
    private final int path;
    private final UserRef.Reader author;
    private final int body;
    private final int html;
    private final int createdAt;
    private final int editedAt;
    private final int deleted;
    private final int language;
    private final int languageChosen;
    private final int reactions;
    private final int mine;
    private final int threadLocked;
    private final int files;

    public Reader(Row first, String prefix) {
      id = Columns.position(first, prefix + "id");
      threadId = Columns.position(first, prefix + "thread_id");
      parentId = Columns.position(first, prefix + "parent_id");
      depth = Columns.position(first, prefix + "depth");
      path = Columns.position(first, prefix + "path");
      author = new UserRef.Reader(first, prefix + "author_");
      body = Columns.position(first, prefix + "body");
      html = Columns.position(first, prefix + "html");
      createdAt = Columns.position(first, prefix + "created_at");
      editedAt = Columns.position(first, prefix + "edited_at");
      deleted = Columns.position(first, prefix + "deleted");
      language = Columns.position(first, prefix + "language");
      languageChosen = Columns.position(first, prefix + "language_chosen");
      reactions = Columns.position(first, prefix + "reactions");
      mine = Columns.position(first, prefix + "mine");
      threadLocked = Columns.position(first, prefix + "thread_locked");
      files = Columns.position(first, prefix + "files");
    }

    public Post read(Row row) {
      Long parent = row.getLong(parentId);
      return new Post(
        Long.toString(row.getLong(id)),
        Long.toString(row.getLong(threadId)),
        parent == null ? null : parent.toString(),
        row.getInteger(depth),
        row.getString(path),
        author.read(row),
        row.getString(body),
        row.getString(html),
        row.getOffsetDateTime(createdAt).toInstant(),
        instant(row, editedAt),
        row.getBoolean(deleted),
        row.getString(language),
        row.getBoolean(languageChosen),
        (JsonObject) row.getValue(reactions),
        List.of(row.getArrayOfStrings(mine)),
        row.getBoolean(threadLocked),
        AttachedFiles.fromRow(row, files));
    }
  }

  public boolean writtenBy(String userId) {
    return author.id().equals(userId);
  }

  /** What {@code viewer} may do with this post, by the rules {@link PostService} enforces. */
  public Can can(User viewer) {
    boolean changeable = !deleted && ForumPolicy.canEditPost(viewer, this);
    return new Can(
      changeable,
      changeable,
      ForumPolicy.canReply(viewer, threadLocked) && ReplyTree.nestsBelow(depth),
      Policy.canModerate(viewer),
      !deleted && Policy.canReport(viewer, author.id()));
  }

  /** The post as {@code viewer} sees it: the one it was read for. */
  public JsonObject toJson(User viewer) {
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
      .put("language", language)
      .put("reactions", reactions.copy().put("mine", new JsonArray(mine)))
      .put("files", files.copy())
      .put("can", can(viewer).toJson());
  }

  static Instant instant(Row row, int column) {
    var value = row.getOffsetDateTime(column);
    return value == null ? null : value.toInstant();
  }
}
