package eu.urbis.files;

import eu.urbis.auth.Policy;
import eu.urbis.failure.Failure;
import eu.urbis.failure.TooLarge;
import eu.urbis.http.Page;
import eu.urbis.http.PageRequest;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;

/**
 * Uploads: spooled and hashed on the way in → over the limit 413 → type from the content on a worker → the quota →
 * the text inside (bounded; none when it fails) → the content stored once per SHA-256 → the upload recorded in one
 * transaction. Downloads only of visible files.
 */
public final class FileService {
  private final Vertx vertx;
  private final Pool pool;
  private final FileRepository files;
  private final FileStore store;
  private final ContentTypes types;
  private final BoundedWorker documents;
  private final FileRemoval removal;
  private final FilesConfig config;

  FileService(Vertx vertx, Pool pool, FileRepository files, FileStore store, ContentTypes types, BoundedWorker documents,
              FileRemoval removal, FilesConfig config) {
    this.removal = removal;
    this.vertx = vertx;
    this.pool = pool;
    this.files = files;
    this.store = store;
    this.types = types;
    this.documents = documents;
    this.config = config;
  }

  Future<StoredFile> upload(User caller, Spool.Spooled spooled) {
    if (spooled.tooLarge()) {
      return Future.failedFuture(new TooLarge(
        "A file holds at most " + config.maxBytes() + " bytes."));
    }
    String name = FileNames.clean(spooled.clientName());
    return vertx.executeBlocking(() -> types.detect(spooled.path(), name), false)
      .compose(type -> files.usedBytes(pool, caller.numericId())
        .compose(used -> withinQuota(used, spooled.size()))
        .compose(v -> text(spooled, type))
        .compose(text -> storeOnce(spooled)
          .compose(stored -> pool.withTransaction(tx -> record(tx, caller, spooled, type, text, name, stored)))
          // the content was known when looked at, and reclaimed before it was recorded: store it after all
          .recover(failure -> failure instanceof Reclaimed
            ? store.put(spooled.sha256(), spooled.path(), spooled.size())
              .compose(v -> pool.withTransaction(tx -> record(tx, caller, spooled, type, text, name, true)))
            : Future.failedFuture(failure))));
  }

  /** Known content keeps the text its first upload gave it. */
  private Future<DocumentText> text(Spool.Spooled spooled, String type) {
    return files.contentExists(pool, spooled.sha256())
      .compose(exists -> exists
        ? Future.succeededFuture(DocumentText.NONE)
        : documents.run(() -> DocumentText.of(TextExtraction.extract(spooled.path(), type))).otherwise(DocumentText.NONE));
  }

  /** @return whether this upload stored the content */
  private Future<Boolean> storeOnce(Spool.Spooled spooled) {
    return files.contentExists(pool, spooled.sha256())
      .compose(exists -> exists
        ? Future.succeededFuture(false)
        : store.put(spooled.sha256(), spooled.path(), spooled.size()).map(true));
  }

  /** The new upload's row references its content's, so no reclaim can take the content from under it after this. */
  private Future<StoredFile> record(SqlClient tx, User caller, Spool.Spooled spooled, String type, DocumentText text, String name,
                                    boolean stored) {
    long owner = caller.numericId();
    return files.lockOwner(tx, owner)
      .compose(v -> files.usedBytes(tx, owner))
      .compose(used -> withinQuota(used, spooled.size()))
      .compose(v -> files.insertContent(tx, spooled.sha256(), spooled.size(), type, text, owner))
      .compose(fresh -> fresh && !stored ? Future.failedFuture(new Reclaimed()) : files.insertFile(tx, spooled.sha256(), owner, name))
      .map(row -> new StoredFile(row.getLong("id"), name, type, spooled.size(), spooled.sha256(), owner, row.getString("language")));
  }

  /** Not an error anyone sees: the upload stores its content and records itself again. */
  private static final class Reclaimed extends RuntimeException {
    Reclaimed() {
      super(null, null, false, false);
    }
  }

  private Future<Void> withinQuota(long used, long adding) {
    if (used + adding > config.quotaBytes()) {
      return Future.failedFuture(new TooLarge(
        "This upload would pass your storage quota of " + config.quotaBytes() + " bytes (" + used + " used)."));
    }
    return Future.succeededFuture();
  }

  /** The file if {@code viewer} may see one place it is attached (or it is their own, not attached yet), else 404. */
  Future<StoredFile> visible(User viewer, long id) {
    return files.visible(pool, id, viewer.numericId())
      .map(found -> found.orElseThrow(() -> Failure.notFound("No such file.")));
  }

  /** A moderator's removal without a report: 204, or 404 for a file unknown or removed already; 403 for anyone else. */
  Future<Void> remove(User moderator, long fileId) {
    if (!Policy.canModerate(moderator)) {
      return Future.failedFuture(Failure.forbidden("Only moderators remove files."));
    }
    return pool.withTransaction(tx -> removal.remove(tx, moderator, fileId, "direct"))
      .compose(removed -> removed ? Future.succeededFuture() : Future.failedFuture(Failure.notFound("No such file.")));
  }

  Future<Page<LibraryEntry>> library(User viewer, LibraryQuery query, PageRequest page) {
    return files.library(pool, viewer.numericId(), query, page.fetchSize()).map(rows -> Page.of(rows, page, LibraryEntry::cursor));
  }

  FileStore store() {
    return store;
  }
}
