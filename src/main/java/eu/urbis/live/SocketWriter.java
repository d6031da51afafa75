package eu.urbis.live;

import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;

/**
 * Writes frames to one socket and cuts off a reader that cannot keep up: once the write queue is full, the socket
 * has {@code slowConsumerMillis} to drain it and may take at most {@code maxFramesWhileFull} more frames meanwhile,
 * else it is closed with 1013 (the client reconnects with {@code since} and loses nothing). So one slow phone holds
 * a bounded amount of memory and never slows the room.
 */
final class SocketWriter {
  static final short TRY_AGAIN_LATER = 1013;

  private final Vertx vertx;
  private final ServerWebSocket socket;
  private final long slowConsumerMillis;
  private final int maxFramesWhileFull;
  private final Runnable onCutOff;
  private int framesWhileFull;
  private long slowTimer = -1;
  private boolean closed;

  SocketWriter(Vertx vertx, ServerWebSocket socket, int writeQueueMaxBytes, long slowConsumerMillis, int maxFramesWhileFull, Runnable onCutOff) {
    this.vertx = vertx;
    this.socket = socket;
    this.slowConsumerMillis = slowConsumerMillis;
    this.maxFramesWhileFull = maxFramesWhileFull;
    this.onCutOff = onCutOff;
    socket.setWriteQueueMaxSize(writeQueueMaxBytes);
    socket.drainHandler(v -> drained());
  }

  void write(String frame) {
    // the peer may have gone before the close handler ran: a closed socket takes no frames
    if (closed || socket.isClosed()) {
      return;
    }
    if (socket.writeQueueFull()) {
      if (slowTimer < 0) {
        slowTimer = vertx.setTimer(slowConsumerMillis, id -> stillFull());
      }
      if (++framesWhileFull > maxFramesWhileFull) {
        close(TRY_AGAIN_LATER, "Too slow to read; reconnect with since.");
        onCutOff.run();
        return;
      }
    }
    socket.writeTextMessage(frame);
  }

  void close(short code, String reason) {
    if (closed) {
      return;
    }
    closed = true;
    cancelTimer();
    socket.close(code, reason);
  }

  boolean closed() {
    return closed;
  }

  private void drained() {
    framesWhileFull = 0;
    cancelTimer();
  }

  private void stillFull() {
    slowTimer = -1;
    if (socket.writeQueueFull()) {
      close(TRY_AGAIN_LATER, "Too slow to read; reconnect with since.");
      onCutOff.run();
    }
  }

  private void cancelTimer() {
    if (slowTimer >= 0) {
      vertx.cancelTimer(slowTimer);
      slowTimer = -1;
    }
  }
}
