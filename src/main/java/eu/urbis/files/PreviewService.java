package eu.urbis.files;

import eu.urbis.failure.Failure;
import eu.urbis.failure.NotFound;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.OpenOptions;
import io.vertx.sqlclient.Pool;

import java.nio.file.Path;

/**
 * Previews, made once per content on first request and cached (as "none" too): the content is copied from the
 * store to the spool, rendered by the bounded document worker, and the PNG kept in PostgreSQL.
 */
final class PreviewService {
  private final Vertx vertx;
  private final Pool pool;
  private final FileRepository files;
  private final FileStore store;
  private final BoundedWorker documents;
  private final Spool spool;

  PreviewService(Vertx vertx, Pool pool, FileRepository files, FileStore store, BoundedWorker documents, Spool spool) {
    this.vertx = vertx;
    this.pool = pool;
    this.files = files;
    this.store = store;
    this.documents = documents;
    this.spool = spool;
  }

  /** The PNG, or 404 when the file has none (not an image or PDF, broken, too large or too slow to render). */
  Future<Buffer> preview(StoredFile file) {
    if (!ContentTypes.previewable(file.type())) {
      return Future.failedFuture(noPreview());
    }
    return files.preview(pool, file.sha256())
      .compose(cached -> cached.isPresent() ? Future.succeededFuture(cached.get()) : make(file))
      .compose(png -> png.length == 0 ? Future.failedFuture(noPreview()) : Future.succeededFuture(Buffer.buffer(png)));
  }

  private Future<byte[]> make(StoredFile file) {
    Path copy = spool.freshPath();
    return vertx.fileSystem().open(copy.toString(), new OpenOptions().setWrite(true).setCreateNew(true))
      .compose(out -> store.copyTo(file.sha256(), file.size(), out).eventually(out::close))
      .compose(v -> documents.run(() -> Previews.render(copy, file.type())).otherwise((byte[]) null))
      .compose(png -> files.savePreview(pool, file.sha256(), png).map(png == null ? new byte[0] : png))
      .eventually(() -> spool.delete(copy));
  }

  private static NotFound noPreview() {
    return Failure.notFound("This file has no preview.");
  }
}
