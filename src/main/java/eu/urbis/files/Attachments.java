package eu.urbis.files;

import eu.urbis.failure.Failure;
import eu.urbis.failure.FieldCode;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Files attached to posts (a thread's are its opening post's) and chat messages: the ids a request names, attached
 * inside the caller's transaction, and the files of a post as its JSON shows them.
 */
public final class Attachments {
  public static final int MAX_PER_PLACE = 10;
  public static final String POST = "post";
  public static final String MESSAGE = "message";

  private final FileRepository files;

  Attachments(FileRepository files) {
    this.files = files;
  }

  /** The {@code files} field of a request: up to 10 file ids, each once, in order; absent means none. */
  public static List<Long> ids(JsonObject json) {
    Object value = json.getValue("files");
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof JsonArray array) || array.size() > MAX_PER_PLACE) {
      throw Failure.invalid("files", FieldCode.TOO_MANY, new JsonObject().put("max", MAX_PER_PLACE), "must be a list of at most " + MAX_PER_PLACE + " file ids");
    }
    LinkedHashSet<Long> ids = new LinkedHashSet<>();
    for (Object id : array) {
      if (!(id instanceof String text) || !text.matches("[1-9][0-9]{0,18}")) {
        throw Failure.invalid("files", FieldCode.INVALID, "must hold file ids as strings, as POST /api/files answered them");
      }
      ids.add(Long.parseLong(text));
    }
    return new ArrayList<>(ids);
  }

  /** Attaches the caller's own uploads; naming a file they did not upload (or a removed one) changes nothing: 400. */
  public Future<Void> attach(SqlClient tx, long uploaderId, List<Long> ids, String targetType, long targetId) {
    if (ids.isEmpty()) {
      return Future.succeededFuture();
    }
    return files.owned(tx, uploaderId, ids).compose(owned -> owned.size() == ids.size()
      ? files.attach(tx, ids, targetType, targetId)
      : Future.failedFuture(Failure.invalid("files", FieldCode.UNKNOWN, "names a file you did not upload")));
  }

  /**
   * The caller's own uploads among {@code ids} as File objects, in the order named, for a place that attaches them
   * itself (a chat send, in its batch); naming any other file fails as {@link #attach} does.
   */
  public Future<JsonArray> ownFiles(SqlClient db, long uploaderId, List<Long> ids) {
    if (ids.isEmpty()) {
      return Future.succeededFuture(new JsonArray());
    }
    return files.ownedFiles(db, uploaderId, ids).compose(owned -> {
      if (owned.size() != ids.size()) {
        return Future.failedFuture(Failure.invalid("files", FieldCode.UNKNOWN, "names a file you did not upload"));
      }
      JsonArray json = new JsonArray();
      ids.forEach(id -> owned.stream().filter(file -> file.id() == id).findFirst().ifPresent(file -> json.add(file.toJson())));
      return Future.succeededFuture(json);
    });
  }

  /** A SQL expression: the JSON array of the files of the post whose id is {@code postIdSql}; none once it is deleted. */
  public static String postFilesJson(String postIdSql) {
    return filesJson(POST, postIdSql, "posts");
  }

  /** A SQL expression: the JSON array of the files of the chat message whose id is {@code messageIdSql}; none once deleted. */
  public static String messageFilesJson(String messageIdSql) {
    return filesJson(MESSAGE, messageIdSql, "chat_messages");
  }

  /**
   * The JSON array of the files attached to {@code targetType} {@code targetIdSql} (a row of {@code table}), in
   * attachment order, each as {@link StoredFile#toJson} shows it, removed ones left out.
   */
  private static String filesJson(String targetType, String targetIdSql, String table) {
    return """
      (SELECT coalesce(jsonb_agg(jsonb_build_object('id', af.id::text, 'name', af.name, 'type', ac.type, 'size', ac.size,
         'sha256', af.sha256, 'language', ac.language, 'preview', CASE WHEN ac.type IN ('image/png', 'image/jpeg', 'image/gif', 'application/pdf')
         THEN '/api/files/' || af.id || '/preview' END) ORDER BY aa.position), '[]')
       FROM file_attachments aa JOIN files af ON af.id = aa.file_id JOIN file_contents ac ON ac.sha256 = af.sha256
       WHERE aa.target_type = '%s' AND aa.target_id = %s AND af.removed_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM %s ad WHERE ad.id = aa.target_id AND ad.deleted))""".formatted(targetType, targetIdSql, table);
  }
}
