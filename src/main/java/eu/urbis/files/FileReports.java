package eu.urbis.files;

import eu.urbis.db.AfterCommit;
import eu.urbis.moderation.ReportTarget;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;

import java.util.Optional;

/** Files as report targets: reportable by whoever may download them; resolving with delete is a {@link FileRemoval}. */
public final class FileReports implements ReportTarget {
  private final FileRepository files;
  private final FileRemoval removal;

  FileReports(FileRepository files, FileRemoval removal) {
    this.files = files;
    this.removal = removal;
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
    return removal.remove(tx, moderator, id, "report").mapEmpty();
  }
}
