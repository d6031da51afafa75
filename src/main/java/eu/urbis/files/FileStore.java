package eu.urbis.files;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.WriteStream;

import java.nio.file.Path;

/**
 * Where file content lives, by its SHA-256 (one copy per distinct content). Every method is non-blocking for the
 * caller and streams: nothing ever holds a whole file in memory.
 */
public interface FileStore {
  /** Stores the spooled file under {@code sha256}; storing the same content again is harmless. */
  Future<Void> put(String sha256, Path spooled, long size);

  /** Writes the content to {@code out}, each part only once the last is written; does not end {@code out}. */
  Future<Void> copyTo(String sha256, long size, WriteStream<Buffer> out);

  /** Deletes the content; deleting what is not there is harmless. */
  Future<Void> delete(String sha256);
}
