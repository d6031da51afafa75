package eu.urbis.files;

import eu.urbis.audit.AuditLog;
import eu.urbis.db.AfterCommit;
import eu.urbis.moderation.ReportTarget;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;

import java.util.Optional;

/**
 * Files as report targets: reportable by whoever may download them; a moderator's removal takes the content out
 * of every upload and place that names it, audited, and the reclaim job frees its storage later.
 */
public final class FileReports implements ReportTarget {
  private final FileRepository files;
  private final AuditLog audit;

  FileReports(FileRepository files, AuditLog audit) {
    this.files = files;
    this.audit = audit;
  }

  @Override
  public String type() {
    return "file";
  }

  @Override
  public Future<Optional<String>> authorIfVisible(SqlClient db, User reporter, long id) {
    return files.visible(db, id, reporter.numericId()).map(found -> found.map(file -> Long.toString(file.ownerId())));
  }

  @Override
  public Future<Void> delete(SqlClient tx, AfterCommit afterCommit, User moderator, long id) {
    return files.removeContent(tx, id)
      .compose(removed -> removed.isEmpty()
        ? Future.succeededFuture()
        : audit.record(tx, moderator.id(), "file.remove", "file", Long.toString(id),
          new JsonObject().put("uploads", new JsonArray(removed.stream().map(String::valueOf).toList()))));
  }
}
