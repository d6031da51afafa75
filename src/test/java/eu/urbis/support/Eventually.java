package eu.urbis.support;

import io.vertx.core.Context;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * For what crosses nodes asynchronously (an event-bus message to another node): asks again until the answer
 * holds or the deadline passes, pausing {@link #PAUSE} between attempts so the server is not flooded with
 * requests. The pause parks the test thread; it refuses to run on an event loop, which must never wait.
 */
public final class Eventually {
  static final Duration PAUSE = Duration.ofMillis(20);

  private Eventually() {
  }

  /** @return the last value seen: the first that satisfies {@code done}, or the one at the deadline */
  public static <T> T within(Duration deadline, Supplier<T> attempt, Predicate<T> done) {
    if (Context.isOnEventLoopThread()) {
      throw new IllegalStateException("Eventually waits by parking its thread: call it from the test thread");
    }
    long end = System.nanoTime() + deadline.toNanos();
    T value = attempt.get();
    while (!done.test(value)) {
      long left = end - System.nanoTime();
      if (left <= 0) {
        return value;
      }
      pause(Math.min(PAUSE.toNanos(), left));
      value = attempt.get();
    }
    return value;
  }

  // parkNanos may return early, so it parks again for what is left
  private static void pause(long nanos) {
    long until = System.nanoTime() + nanos;
    for (long left = nanos; left > 0; left = until - System.nanoTime()) {
      LockSupport.parkNanos(left);
    }
  }
}
