package eu.urbis.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import javax.management.MBeanServerConnection;

/**
 * The heap of a server in a JVM of its own, read over JMX every {@link #EVERY_NANOS} while some work runs, against its
 * level after a full collection just before. The peak counts garbage not yet collected; the lowest level right after
 * each collection seen meanwhile is what the server still held then.
 */
final class ServerHeapWatch {
  private static final long EVERY_NANOS = 2_000_000;

  /** What one run of the work took, and the server's heap meanwhile (bytes above the rest). */
  record Reading(long nanos, long peakAboveRest, long heldAboveRest, int collections) {
  }

  private final MemoryMXBean memory;

  ServerHeapWatch(MBeanServerConnection server) throws IOException {
    memory = ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
  }

  Reading during(Callable<?> work) throws Exception {
    memory.gc();
    long rest = used();
    Sampler sampler = new Sampler(rest);
    Thread thread = new Thread(sampler, "server-heap-sampler");
    thread.start();
    long started = System.nanoTime();
    try {
      work.call();
    } finally {
      sampler.running.set(false);
      thread.join();
    }
    long nanos = System.nanoTime() - started;
    if (sampler.failure != null) {
      throw new IllegalStateException("reading the server's heap failed", sampler.failure);
    }
    return new Reading(nanos, sampler.peak - rest, sampler.held - rest, sampler.collections);
  }

  private long used() {
    return memory.getHeapMemoryUsage().getUsed();
  }

  /** Its fields are read only after its thread has ended. */
  private final class Sampler implements Runnable {
    final AtomicBoolean running = new AtomicBoolean(true);
    long peak;
    long held;
    int collections;
    RuntimeException failure;
    private long previous;

    Sampler(long rest) {
      peak = rest;
      held = rest;
      previous = rest;
    }

    @Override
    public void run() {
      try {
        while (running.get()) {
          long now = used();
          // the heap shrinks only in a collection: what is left right after one is what the server holds
          if (now < previous) {
            collections++;
            held = Math.max(held, now);
          }
          peak = Math.max(peak, now);
          previous = now;
          LockSupport.parkNanos(EVERY_NANOS);
        }
      } catch (RuntimeException e) {
        failure = e;
      }
    }
  }
}
