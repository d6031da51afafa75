package eu.urbis.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import javax.management.MBeanServerConnection;

/**
 * The heap of a server in a JVM of its own, read over JMX every {@link #EVERY_NANOS} while some work runs, against its
 * level after a full collection just before. The peak counts garbage not yet collected; the lowest level right after
 * each collection seen meanwhile is what the server still held then. The bytes the server's threads allocated
 * meanwhile do not depend on when the collector runs or how busy the machine is; the JMX threads that answer the
 * sampling are left out of them.
 */
final class ServerHeapWatch {
  private static final long EVERY_NANOS = 2_000_000;

  /** What one run of the work took, and the server's heap meanwhile (bytes above the rest). */
  record Reading(long nanos, long peakAboveRest, long heldAboveRest, int collections, long allocated) {
  }

  private final MemoryMXBean memory;
  private final com.sun.management.ThreadMXBean threads;

  ServerHeapWatch(MBeanServerConnection server) throws IOException {
    memory = ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
    threads = ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.THREAD_MXBEAN_NAME, com.sun.management.ThreadMXBean.class);
  }

  Reading during(Callable<?> work) throws Exception {
    memory.gc();
    long rest = used();
    Map<Long, Long> before = allocatedByThread();
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
    long allocated = allocatedSince(before);
    if (sampler.failure != null) {
      throw new IllegalStateException("reading the server's heap failed", sampler.failure);
    }
    return new Reading(nanos, sampler.peak - rest, sampler.held - rest, sampler.collections, allocated);
  }

  /** Bytes allocated so far by each live server thread but those serving JMX, by thread id. */
  private Map<Long, Long> allocatedByThread() {
    long[] ids = threads.getAllThreadIds();
    long[] bytes = threads.getThreadAllocatedBytes(ids);
    ThreadInfo[] infos = threads.getThreadInfo(ids);
    Map<Long, Long> allocated = new HashMap<>();
    for (int i = 0; i < ids.length; i++) {
      if (infos[i] != null && bytes[i] >= 0 && !servesJmx(infos[i].getThreadName())) {
        allocated.put(ids[i], bytes[i]);
      }
    }
    return allocated;
  }

  /** A thread that started meanwhile counts from zero; one that ended meanwhile is lost (the server's pools keep theirs). */
  private long allocatedSince(Map<Long, Long> before) {
    long sum = 0;
    for (Map.Entry<Long, Long> now : allocatedByThread().entrySet()) {
      sum += now.getValue() - before.getOrDefault(now.getKey(), 0L);
    }
    return sum;
  }

  private static boolean servesJmx(String thread) {
    return thread.startsWith("RMI ") || thread.startsWith("JMX ");
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
