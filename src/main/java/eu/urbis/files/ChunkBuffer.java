package eu.urbis.files;

import io.vertx.core.buffer.Buffer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * The one buffer a transfer reads each of its chunks into, so a file passes through the same bytes instead of a fresh
 * buffer per chunk. Reads block (call them on a worker); a chunk handed on must be written before the next read.
 */
final class ChunkBuffer {
  private final byte[] bytes;
  private final Buffer buffer;

  ChunkBuffer(int size) {
    bytes = new byte[size];
    buffer = Buffer.buffer(size);
  }

  /** The {@code length} bytes of {@code file} from {@code position}, which must all be there. */
  Buffer read(FileChannel file, long position, int length) {
    ByteBuffer into = ByteBuffer.wrap(bytes, 0, length);
    try {
      while (into.hasRemaining()) {
        if (file.read(into, position + into.position()) < 0) {
          throw new IllegalStateException("the file ended " + into.remaining() + " bytes early");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return filled(length);
  }

  /** @return the stream's next bytes, as many as fit, or null at its end */
  Buffer read(InputStream stream) {
    try {
      int length = stream.readNBytes(bytes, 0, bytes.length);
      return length == 0 ? null : filled(length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Buffer filled(int length) {
    buffer.setBytes(0, bytes, 0, length);
    return buffer.slice(0, length);
  }
}
