package eu.urbis.chat.bench;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/** A lock-free latency histogram: 10 µs buckets below 100 ms, 1 ms buckets up to 120 s, slower in the last one. */
final class Latencies {
  private static final int FINE = 10_000;
  private static final int BUCKETS = FINE + 120_000;
  private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);
  private final AtomicLong max = new AtomicLong();

  void record(long nanos) {
    max.accumulateAndGet(nanos, Math::max);
    long micros = Math.max(0, nanos / 1_000);
    long bucket = micros < FINE * 10L ? micros / 10 : FINE + (micros - FINE * 10L) / 1_000;
    counts.incrementAndGet((int) Math.min(BUCKETS - 1, bucket));
  }

  /** @return the latency in ms at this quantile (0..1), 0 when nothing was recorded */
  double quantileMillis(double quantile) {
    long total = 0;
    for (int i = 0; i < BUCKETS; i++) {
      total += counts.get(i);
    }
    if (total == 0) {
      return 0;
    }
    long rank = (long) Math.ceil(quantile * total);
    long seen = 0;
    for (int i = 0; i < BUCKETS; i++) {
      seen += counts.get(i);
      if (seen >= rank && seen > 0) {
        return i < FINE ? (i + 1) / 100.0 : 100.0 + (i - FINE + 1);
      }
    }
    return maxMillis();
  }

  double maxMillis() {
    return max.get() / 1_000_000.0;
  }
}
