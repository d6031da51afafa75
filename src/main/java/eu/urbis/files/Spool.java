package eu.urbis.files;

import eu.urbis.failure.Failure;
import eu.urbis.failure.FieldCode;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpServerFileUpload;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Receives the one file of a multipart upload onto disk as it arrives, hashing it on the way; past {@code maxBytes}
 * it reads on but keeps nothing, so the client gets its 413 and the server never holds more than a network buffer.
 */
final class Spool {
  /** A received upload: where it waits, its size and SHA-256; {@code tooLarge} when it was not kept. */
  record Spooled(Path path, String clientName, long size, String sha256, boolean tooLarge) {
  }

  /** Names unique in the spool across restarts; UUID.randomUUID would read /dev/urandom on the event loop. */
  private static final AtomicLong sequence = new AtomicLong();
  private static final String RUN = Long.toHexString(System.currentTimeMillis());

  private final Vertx vertx;
  private final Path dir;
  private final long maxBytes;

  Spool(Vertx vertx, Path dir, long maxBytes) {
    this.vertx = vertx;
    this.dir = dir;
    this.maxBytes = maxBytes;
  }

  /** The request must be paused (it is resumed here) so that no part of the body passes before the handlers are set. */
  Future<Spooled> receive(HttpServerRequest request) {
    Promise<Spooled> file = Promise.promise();
    Promise<Void> ended = Promise.promise();
    int[] uploads = {0};
    request.setExpectMultipart(true);
    request.uploadHandler(upload -> {
      if (++uploads[0] > 1) {
        upload.handler(ignored -> { });
        file.tryFail(Failure.invalid("file", FieldCode.TOO_MANY, new JsonObject().put("max", 1), "send one file per upload, in one multipart part"));
        return;
      }
      upload.pause();
      Path path = freshPath();
      vertx.fileSystem().open(path.toString(), new OpenOptions().setWrite(true).setCreateNew(true))
        .onSuccess(out -> receive(upload, out, path, file))
        .onFailure(file::tryFail);
    });
    request.exceptionHandler(ended::tryFail);
    request.endHandler(v -> ended.tryComplete());
    request.resume();
    return ended.future().compose(v -> {
      if (uploads[0] == 0) {
        return Future.failedFuture(Failure.invalid("file", FieldCode.REQUIRED, "send the file as a multipart/form-data file part"));
      }
      return file.future();
    }).onFailure(failure -> file.future().onSuccess(spooled -> delete(spooled.path())));
  }

  private void receive(HttpServerFileUpload upload, AsyncFile out, Path path, Promise<Spooled> done) {
    ContentHash sha = new ContentHash();
    long[] size = {0};
    upload.handler(chunk -> {
      size[0] += chunk.length();
      if (size[0] > maxBytes) {
        return;
      }
      sha.update(chunk);
      out.write(chunk);
      if (out.writeQueueFull()) {
        upload.pause();
        out.drainHandler(v -> upload.resume());
      }
    });
    upload.exceptionHandler(failure -> out.close().onComplete(closed -> done.tryFail(failure)));
    upload.endHandler(v -> out.close()
      .onSuccess(closed -> done.tryComplete(new Spooled(path, upload.filename(), size[0], sha.hex(),
        size[0] > maxBytes)))
      .onFailure(done::tryFail));
    upload.resume();
  }

  /** A name in the spool no other upload or preview uses. */
  Path freshPath() {
    return dir.resolve(RUN + "-" + sequence.incrementAndGet());
  }

  Future<Void> delete(Path path) {
    return vertx.fileSystem().delete(path.toString()).recover(failure -> Future.succeededFuture());
  }
}
