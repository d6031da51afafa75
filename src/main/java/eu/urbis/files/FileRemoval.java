package eu.urbis.files;

import eu.urbis.audit.AuditLog;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;

/**
 * A moderator's removal of a file, on a report or directly: the content goes from every upload that names it (so
 * re-posted copies go too), and so from every place they are attached, audited as {@code file.remove}; the reclaim
 * job frees its storage later.
 */
final class FileRemoval {
  private final FileRepository files;
  private final AuditLog audit;

  FileRemoval(FileRepository files, AuditLog audit) {
    this.files = files;
    this.audit = audit;
  }

  /** In the caller's transaction. @return whether anything was removed (false: no such file, or removed already) */
  Future<Boolean> remove(SqlClient tx, User moderator, long id, String via) {
    return files.removeContent(tx, id)
      .compose(removed -> removed.isEmpty()
        ? Future.succeededFuture(false)
        : audit.record(tx, moderator.id(), "file.remove", "file", Long.toString(id), new JsonObject()
          .put("uploads", new JsonArray(removed.stream().map(String::valueOf).toList()))
          .put("via", via)).map(true));
  }
}
