package eu.urbis.files;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.WriteStream;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;

import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Content in PostgreSQL as 256 KiB chunks, written and read one at a time (works with the embedded database). An
 * upload reads every chunk into the same buffer, on a worker, each once the last is inserted.
 */
final class PostgresFileStore implements FileStore {
  static final int CHUNK = 256 * 1024;

  private static final String INSERT = "INSERT INTO file_chunks (sha256, n, data) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING";
  private static final String READ = "SELECT data FROM file_chunks WHERE sha256 = $1 AND n = $2";
  private static final String DELETE = "DELETE FROM file_chunks WHERE sha256 = $1";

  private final Vertx vertx;
  private final Pool pool;

  PostgresFileStore(Vertx vertx, Pool pool) {
    this.vertx = vertx;
    this.pool = pool;
  }

  @Override
  public Future<Void> put(String sha256, Path spooled, long size) {
    ChunkBuffer chunk = new ChunkBuffer((int) Math.min(CHUNK, Math.max(size, 1)));
    return vertx.executeBlocking(() -> FileChannel.open(spooled, StandardOpenOption.READ), false)
      .compose(file -> putFrom(file, chunk, sha256, 0, size).eventually(() -> vertx.executeBlocking(() -> {
        file.close();
        return null;
      }, false)));
  }

  private Future<Void> putFrom(FileChannel file, ChunkBuffer chunk, String sha256, int n, long size) {
    long position = (long) n * CHUNK;
    if (position >= size && n > 0) {
      return Future.succeededFuture();
    }
    int length = (int) Math.min(CHUNK, size - position);
    return vertx.executeBlocking(() -> chunk.read(file, position, length), false)
      .compose(data -> pool.preparedQuery(INSERT).execute(Tuple.of(sha256, n, data)))
      .compose(done -> putFrom(file, chunk, sha256, n + 1, size));
  }

  @Override
  public Future<Void> copyTo(String sha256, long size, WriteStream<Buffer> out) {
    return copyFrom(sha256, 0, (int) ((size + CHUNK - 1) / CHUNK), out);
  }

  private Future<Void> copyFrom(String sha256, int n, int chunks, WriteStream<Buffer> out) {
    if (n >= chunks) {
      return Future.succeededFuture();
    }
    return pool.preparedQuery(READ).execute(Tuple.of(sha256, n))
      .compose(rows -> {
        Row row = rows.iterator().hasNext() ? rows.iterator().next() : null;
        if (row == null) {
          return Future.failedFuture(new IllegalStateException("chunk " + n + " of " + sha256 + " is missing"));
        }
        // the next chunk is read only once this one is written: one chunk in flight per download
        return out.write(row.getBuffer("data"));
      })
      .compose(v -> copyFrom(sha256, n + 1, chunks, out));
  }

  @Override
  public Future<Void> delete(String sha256) {
    return pool.preparedQuery(DELETE).execute(Tuple.of(sha256)).mapEmpty();
  }
}
