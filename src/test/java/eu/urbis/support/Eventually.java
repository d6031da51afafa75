package eu.urbis.support;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * For what crosses nodes asynchronously (an event-bus message to another node): asks again until the answer
 * holds or the deadline passes. Each attempt is a real request, so there is nothing to sleep for.
 */
public final class Eventually {
  private Eventually() {
  }

  /** @return the last value seen: the first that satisfies {@code done}, or the one at the deadline */
  public static <T> T within(Duration deadline, Supplier<T> attempt, java.util.function.Predicate<T> done) {
    long end = System.nanoTime() + deadline.toNanos();
    T value = attempt.get();
    while (!done.test(value) && System.nanoTime() < end) {
      value = attempt.get();
    }
    return value;
  }
}
